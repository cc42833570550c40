Stocks/NNS fell/VBD sharply/RB on/IN Wall/NNP Street/NNP on/IN Friday/NNP after/IN a/DT weaker-than-expected/JJ jobs/NNS report/NN revived/VBD fears/NNS of/IN a/DT recession/NN ./.
The/DT S&P/NNP 500/CD index/NN lost/VBD 1.8/CD percent/NN ,/, its/PRP$ worst/JJS day/NN since/IN April/NNP ,/, while/IN the/DT Nasdaq/NNP Composite/NNP dropped/VBD 2.4/CD percent/NN ./.
The/DT Dow/NNP Jones/NNP Industrial/NNP Average/NNP fell/VBD 610/CD points/NNS ,/, or/CC 1.4/CD percent/NN ,/, to/TO 42,180/CD ./.
U.S./NNP employers/NNS added/VBD just/RB 73,000/CD jobs/NNS in/IN July/NNP ,/, and/CC the/DT unemployment/NN rate/NN rose/VBD to/TO 4.2/CD percent/NN ,/, the/DT Labor/NNP Department/NNP said/VBD ./.
Economists/NNS polled/VBN by/IN Reuters/NNP had/VBD expected/VBN a/DT gain/NN of/IN 110,000/CD ./.
Oil/NN prices/NNS jumped/VBD 4/CD percent/NN after/IN the/DT strikes/NNS ,/, with/IN Brent/NNP crude/NN futures/NNS settling/VBG at/IN $/$ 78.85/CD a/DT barrel/NN ./.
Gold/NN hit/VBD a/DT record/JJ high/NN of/IN more/JJR than/IN $/$ 3,500/CD an/DT ounce/NN as/IN investors/NNS sought/VBD safety/NN ./.
The/DT dollar/NN weakened/VBD against/IN the/DT yen/NN and/CC the/DT euro/NN ,/, and/CC Treasury/NNP yields/NNS fell/VBD to/TO their/PRP$ lowest/JJS level/NN in/IN a/DT year/NN ./.
Inflation/NN in/IN the/DT euro/NN zone/NN eased/VBD to/TO 2.1/CD percent/NN in/IN May/NNP from/IN 2.4/CD percent/NN the/DT month/NN before/RB ,/, Eurostat/NNP said/VBD ./.
The/DT Bank/NNP of/IN Japan/NNP raised/VBD its/PRP$ key/JJ interest/NN rate/NN to/TO 0.5/CD percent/NN ,/, the/DT highest/JJS in/IN 17/CD years/NNS ./.
China/NNP 's/POS economy/NN grew/VBD 5.2/CD percent/NN in/IN the/DT second/JJ quarter/NN from/IN a/DT year/NN earlier/RBR ,/, official/JJ data/NNS showed/VBD ./.
Will/MD the/DT Fed/NNP cut/VB rates/NNS in/IN September/NNP ?/.
Traders/NNS now/RB see/VBP a/DT 90/CD percent/NN chance/NN of/IN a/DT quarter-point/JJ cut/NN ,/, up/RB from/IN 60/CD percent/NN a/DT week/NN ago/RB ./.
The/DT carmaker/NN said/VBD it/PRP would/MD cut/VB 4,000/CD jobs/NNS in/IN Germany/NNP by/IN the/DT end/NN of/IN 2027/CD as/IN demand/NN for/IN electric/JJ vehicles/NNS slows/VBZ ./.
Shares/NNS in/IN the/DT company/NN have/VBP lost/VBN nearly/RB half/PDT their/PRP$ value/NN this/DT year/NN ./.
The/DT chipmaker/NN reported/VBD quarterly/JJ revenue/NN of/IN $/$ 46.7/CD billion/CD ,/, up/RB 56/CD percent/NN from/IN a/DT year/NN earlier/RBR ./.
The/DT deal/NN values/VBZ the/DT British/JJ firm/NN at/IN about/RB 9/CD billion/CD pounds/NNS ./.
The/DT airline/NN posted/VBD a/DT net/JJ loss/NN of/IN 320/CD million/CD euros/NNS for/IN the/DT first/JJ half/NN ./.
Retail/JJ sales/NNS rose/VBD 0.6/CD percent/NN in/IN March/NNP ,/, beating/VBG forecasts/NNS ./.
Home/NN prices/NNS in/IN Toronto/NNP have/VBP fallen/VBN for/IN eight/CD straight/JJ months/NNS ./.
The/DT government/NN expects/VBZ the/DT budget/NN deficit/NN to/TO narrow/VB to/TO 3.9/CD percent/NN of/IN gross/JJ domestic/JJ product/NN next/JJ year/NN ./.
Public/JJ debt/NN has/VBZ more/RBR than/IN doubled/VBN since/IN the/DT 1990s/CD ./.
Tens/NNS of/IN thousands/NNS of/IN rail/NN workers/NNS walked/VBD out/RP on/IN Monday/NNP ,/, bringing/VBG trains/NNS across/IN the/DT country/NN to/TO a/DT halt/NN ./.
The/DT union/NN is/VBZ demanding/VBG a/DT 12/CD percent/NN raise/NN over/IN two/CD years/NNS ./.
"/" We/PRP are/VBP not/RB asking/VBG for/IN much/JJ "/" ,/, said/VBD Maria/NNP Gomez/NNP ,/, a/DT train/NN conductor/NN for/IN 23/CD years/NNS ./.
Bitcoin/NNP fell/VBD below/IN $/$ 90,000/CD for/IN the/DT first/JJ time/NN in/IN seven/CD months/NNS ./.
The/DT tariffs/NNS ,/, which/WDT take/VBP effect/NN on/IN Aug./NNP 1/CD ,/, will/MD add/VB about/RB $/$ 1,200/CD a/DT year/NN to/TO the/DT average/JJ household/NN 's/POS costs/NNS ,/, economists/NNS estimate/VBP ./.
Coffee/NN prices/NNS have/VBP soared/VBN after/IN drought/NN damaged/VBD crops/NNS in/IN Brazil/NNP and/CC Vietnam/NNP ./.
The/DT price/NN of/IN eggs/NNS has/VBZ risen/VBN by/IN 60/CD percent/NN since/IN January/NNP because/IN of/IN bird/NN flu/NN ./.
Real/NNP Madrid/NNP beat/VBD Barcelona/NNP 3-2/CD on/IN Sunday/NNP to/TO move/VB four/CD points/NNS clear/JJ at/IN the/DT top/NN of/IN La/NNP Liga/NNP ./.
Kylian/NNP Mbappe/NNP scored/VBD twice/RB ,/, and/CC Jude/NNP Bellingham/NNP headed/VBD in/RP the/DT winner/NN in/IN the/DT 88th/JJ minute/NN ./.
Liverpool/NNP were/VBD held/VBN to/TO a/DT 1-1/CD draw/NN at/IN Everton/NNP ./.
Arsenal/NNP have/VBP not/RB won/VBN the/DT league/NN since/IN 2004/CD ./.
The/DT striker/NN ,/, signed/VBN for/IN a/DT club-record/JJ fee/NN in/IN August/NNP ,/, has/VBZ scored/VBN only/RB three/CD goals/NNS ./.
Manchester/NNP City/NNP manager/NN Pep/NNP Guardiola/NNP said/VBD his/PRP$ team/NN had/VBD "/" played/VBN without/IN fear/NN "/" ./.
Spain/NNP won/VBD the/DT European/NNP Championship/NNP for/IN a/DT record/JJ fourth/JJ time/NN ,/, beating/VBG England/NNP 2-1/CD in/IN the/DT final/NN in/IN Berlin/NNP ./.
The/DT World/NNP Cup/NNP will/MD be/VB held/VBN in/IN the/DT United/NNP States/NNPS ,/, Canada/NNP and/CC Mexico/NNP in/IN 2026/CD ,/, with/IN 48/CD teams/NNS taking/VBG part/NN ./.
Carlos/NNP Alcaraz/NNP defeated/VBD Jannik/NNP Sinner/NNP in/IN five/CD sets/NNS to/TO win/VB the/DT French/NNP Open/NNP ./.
The/DT match/NN lasted/VBD five/CD hours/NNS and/CC 29/CD minutes/NNS ,/, the/DT longest/JJS final/NN in/IN the/DT tournament/NN 's/POS history/NN ./.
Aryna/NNP Sabalenka/NNP ,/, the/DT world/NN No./NN 1/CD ,/, was/VBD knocked/VBN out/RP in/IN the/DT quarter-finals/NNS ./.
The/DT Kansas/NNP City/NNP Chiefs/NNPS lost/VBD the/DT Super/NNP Bowl/NNP to/TO the/DT Philadelphia/NNP Eagles/NNPS ./.
The/DT Dodgers/NNPS won/VBD the/DT World/NNP Series/NNP in/IN seven/CD games/NNS ./.
Shohei/NNP Ohtani/NNP hit/VBD his/PRP$ 50th/JJ home/NN run/NN of/IN the/DT season/NN ./.
Tadej/NNP Pogacar/NNP won/VBD the/DT Tour/NNP de/NNP France/NNP for/IN the/DT fourth/JJ time/NN ./.
Max/NNP Verstappen/NNP started/VBD from/IN pole/NN position/NN but/CC finished/VBD third/RB behind/IN the/DT two/CD McLaren/NNP drivers/NNS ./.
Kenyan/JJ runner/NN Faith/NNP Kipyegon/NNP broke/VBD her/PRP$ own/JJ world/NN record/NN in/IN the/DT 1,500/CD metres/NNS ./.
The/DT International/NNP Olympic/NNP Committee/NNP elected/VBD Kirsty/NNP Coventry/NNP of/IN Zimbabwe/NNP as/IN its/PRP$ first/JJ female/JJ president/NN ./.
The/DT 2028/CD Olympics/NNPS will/MD take/VB place/NN in/IN Los/NNP Angeles/NNP ./.
Australia/NNP beat/VBD India/NNP by/IN 184/CD runs/NNS in/IN the/DT fourth/JJ Test/NNP in/IN Melbourne/NNP ./.
New/NNP Zealand/NNP 's/POS All/NNP Blacks/NNPS beat/VBD South/NNP Africa/NNP 24-17/CD in/IN Wellington/NNP ./.
The/DT boxer/NN ,/, who/WP had/VBD never/RB lost/VBN a/DT professional/JJ fight/NN ,/, was/VBD stopped/VBN in/IN the/DT ninth/JJ round/NN ./.
The/DT club/NN was/VBD fined/VBN $/$ 500,000/CD and/CC docked/VBN ten/CD points/NNS for/IN breaching/VBG spending/NN rules/NNS ./.
Who/WP will/MD replace/VB the/DT coach/NN ?/.
Forecasters/NNS warned/VBD that/IN temperatures/NNS could/MD reach/VB 46/CD degrees/NNS Celsius/NNP in/IN parts/NNS of/IN southern/JJ Spain/NNP on/IN Saturday/NNP ./.
The/DT heatwave/NN is/VBZ expected/VBN to/TO last/VB until/IN at/IN least/JJS Wednesday/NNP ./.
Heavy/JJ rain/NN caused/VBD flash/NN floods/NNS in/IN Valencia/NNP ,/, killing/VBG more/JJR than/IN 200/CD people/NNS ./.
More/JJR than/IN 30/CD centimetres/NNS of/IN snow/NN fell/VBD overnight/RB ,/, and/CC schools/NNS across/IN the/DT region/NN were/VBD closed/VBN ./.
Hurricane/NNP Milton/NNP made/VBD landfall/NN near/IN Siesta/NNP Key/NNP ,/, Florida/NNP ,/, as/IN a/DT Category/NNP 3/CD storm/NN ./.
About/RB 3/CD million/CD homes/NNS and/CC businesses/NNS lost/VBD power/NN ./.
The/DT wildfire/NN has/VBZ burned/VBN more/JJR than/IN 14,000/CD hectares/NNS and/CC destroyed/VBN about/RB 500/CD buildings/NNS ./.
Firefighters/NNS were/VBD helped/VBN by/IN cooler/JJR weather/NN and/CC lighter/JJR winds/NNS on/IN Thursday/NNP ./.
The/DT Met/NNP Office/NNP issued/VBD an/DT amber/JJ warning/NN for/IN wind/NN across/IN Scotland/NNP ./.
Last/JJ year/NN was/VBD the/DT hottest/JJS on/IN record/NN ,/, and/CC the/DT first/JJ in/IN which/WDT the/DT average/JJ temperature/NN exceeded/VBD 1.5/CD degrees/NNS above/IN pre-industrial/JJ levels/NNS ./.
The/DT earthquake/NN ,/, of/IN magnitude/NN 7.7/CD ,/, struck/VBD central/JJ Myanmar/NNP shortly/RB after/IN noon/NN ./.
Scientists/NNS said/VBD the/DT ice/NN sheet/NN was/VBD melting/VBG faster/RBR than/IN models/NNS had/VBD predicted/VBN ./.
The/DT study/NN ,/, published/VBN on/IN Wednesday/NNP in/IN the/DT journal/NN Nature/NNP ,/, tracked/VBD 2,300/CD patients/NNS over/IN ten/CD years/NNS ./.
Researchers/NNS found/VBD that/IN people/NNS who/WP walked/VBD at/IN least/JJS 7,000/CD steps/NNS a/DT day/NN had/VBD a/DT lower/JJR risk/NN of/IN dementia/NN ./.
The/DT James/NNP Webb/NNP Space/NNP Telescope/NNP has/VBZ detected/VBN carbon/NN dioxide/NN in/IN the/DT atmosphere/NN of/IN a/DT distant/JJ planet/NN ./.
NASA/NNP 's/POS Artemis/NNP II/NNP mission/NN will/MD carry/VB four/CD astronauts/NNS around/IN the/DT moon/NN ./.
SpaceX/NNP launched/VBD its/PRP$ Starship/NNP rocket/NN from/IN Texas/NNP ,/, but/CC the/DT upper/JJ stage/NN exploded/VBD minutes/NNS later/RB ./.
Why/WRB did/VBD the/DT rocket/NN fail/VB ?/.
The/DT company/NN said/VBD it/PRP was/VBD still/RB analysing/VBG the/DT data/NNS ./.
Chinese/JJ scientists/NNS brought/VBD back/RP samples/NNS from/IN the/DT far/JJ side/NN of/IN the/DT moon/NN ./.
The/DT fossil/NN ,/, found/VBN in/IN a/DT quarry/NN in/IN Morocco/NNP ,/, is/VBZ about/RB 66/CD million/CD years/NNS old/JJ ./.
Archaeologists/NNS uncovered/VBD a/DT Roman/JJ villa/NN beneath/IN a/DT farmer/NN 's/POS field/NN ./.
A/DT new/JJ antibiotic/NN discovered/VBN with/IN the/DT help/NN of/IN artificial/JJ intelligence/NN killed/VBD drug-resistant/JJ bacteria/NNS in/IN mice/NNS ./.
Measles/NN cases/NNS in/IN Texas/NNP have/VBP risen/VBN to/TO 481/CD ,/, health/NN officials/NNS said/VBD on/IN Tuesday/NNP ./.
The/DT Centers/NNPS for/IN Disease/NNP Control/NNP and/CC Prevention/NNP urged/VBD parents/NNS to/TO vaccinate/VB their/PRP$ children/NNS ./.
Two/CD unvaccinated/JJ children/NNS have/VBP died/VBN ./.
The/DT Food/NNP and/CC Drug/NNP Administration/NNP approved/VBD the/DT drug/NN for/IN adults/NNS with/IN early/JJ Alzheimer/NNP 's/POS disease/NN ./.
The/DT weight-loss/JJ drugs/NNS ,/, which/WDT cost/VBP about/RB $/$ 1,000/CD a/DT month/NN ,/, are/VBP not/RB covered/VBN by/IN most/JJS insurers/NNS ./.
Cholera/NN has/VBZ killed/VBN more/JJR than/IN 1,200/CD people/NNS in/IN Sudan/NNP this/DT year/NN ,/, the/DT World/NNP Health/NNP Organization/NNP said/VBD ./.
Hospitals/NNS in/IN England/NNP are/VBP under/IN severe/JJ strain/NN as/IN flu/NN cases/NNS surge/VBP ./.
Junior/JJ doctors/NNS will/MD strike/VB for/IN five/CD days/NNS from/IN July/NNP 25/CD ./.
Life/NN expectancy/NN in/IN the/DT United/NNP States/NNPS rose/VBD to/TO 79/CD years/NNS in/IN 2024/CD ,/, the/DT highest/JJS on/IN record/NN ./.
About/RB one/CD in/IN five/CD adults/NNS reported/VBD symptoms/NNS of/IN anxiety/NN ,/, the/DT survey/NN found/VBD ./.
"/" This/DT is/VBZ a/DT game/NN changer/NN for/IN patients/NNS "/" ,/, said/VBD Dr./NNP Ana/NNP Ruiz/NNP ,/, who/WP led/VBD the/DT trial/NN ./.
The/DT film/NN won/VBD the/DT Palme/NNP d'Or/NNP at/IN Cannes/NNP and/CC later/RB took/VBD five/CD Oscars/NNPS ,/, including/VBG best/JJS picture/NN ./.
The/DT novel/NN ,/, her/PRP$ first/JJ ,/, was/VBD shortlisted/VBN for/IN the/DT Booker/NNP Prize/NNP ./.
The/DT band/NN will/MD play/VB 40/CD concerts/NNS in/IN 12/CD countries/NNS next/JJ year/NN ,/, its/PRP$ first/JJ tour/NN since/IN 2019/CD ./.
Tickets/NNS sold/VBD out/RP within/IN minutes/NNS ,/, and/CC some/DT were/VBD later/RB offered/VBN online/RB for/IN ten/CD times/NNS their/PRP$ face/NN value/NN ./.
Taylor/NNP Swift/NNP 's/POS tour/NN grossed/VBD more/JJR than/IN $/$ 2/CD billion/CD ./.
The/DT museum/NN reopened/VBD on/IN Saturday/NNP after/IN a/DT four-year/JJ renovation/NN that/WDT cost/VBD $/$ 160/CD million/CD ./.
Thieves/NNS stole/VBD eight/CD pieces/NNS of/IN jewellery/NN from/IN the/DT Louvre/NNP in/IN a/DT raid/NN that/WDT lasted/VBD less/JJR than/IN seven/CD minutes/NNS ./.
The/DT painting/NN sold/VBD at/IN auction/NN for/IN $/$ 54/CD million/CD ,/, a/DT record/NN for/IN the/DT artist/NN ./.
The/DT festival/NN ,/, which/WDT drew/VBD 200,000/CD people/NNS last/JJ summer/NN ,/, was/VBD cancelled/VBN because/IN of/IN the/DT storm/NN ./.
The/DT series/NN ,/, filmed/VBN in/IN Belfast/NNP ,/, has/VBZ been/VBN renewed/VBN for/IN a/DT third/JJ season/NN ./.
The/DT actor/NN ,/, best/RBS known/VBN for/IN his/PRP$ role/NN in/IN the/DT 1990s/CD sitcom/NN ,/, has/VBZ written/VBN a/DT memoir/NN ./.
A/DT jury/NN in/IN Manhattan/NNP found/VBD the/DT former/JJ executive/NN guilty/JJ on/IN all/DT seven/CD counts/NNS of/IN fraud/NN ./.
He/PRP faces/VBZ up/IN to/TO 110/CD years/NNS in/IN prison/NN when/WRB he/PRP is/VBZ sentenced/VBN in/IN March/NNP ./.
The/DT judge/NN denied/VBD bail/NN ,/, saying/VBG the/DT defendant/NN posed/VBD a/DT flight/NN risk/NN ./.
The/DT woman/NN pleaded/VBD guilty/JJ to/TO manslaughter/NN and/CC was/VBD sentenced/VBN to/TO nine/CD years/NNS ./.
The/DT Supreme/NNP Court/NNP ruled/VBD 6-3/CD that/IN the/DT president/NN had/VBD broad/JJ immunity/NN for/IN official/JJ acts/NNS ./.
The/DT appeals/NNS court/NN overturned/VBD the/DT conviction/NN ,/, ruling/VBG that/IN the/DT trial/NN judge/NN had/VBD made/VBN errors/NNS ./.
Lawyers/NNS for/IN the/DT families/NNS said/VBD they/PRP would/MD take/VB the/DT case/NN to/TO the/DT European/NNP Court/NNP of/IN Human/NNP Rights/NNPS ./.
The/DT company/NN agreed/VBD to/TO pay/VB $/$ 1.2/CD billion/CD to/TO settle/VB lawsuits/NNS over/IN contaminated/VBN water/NN ./.
Was/VBD justice/NN done/VBN ?/.
A/DT 45-year-old/JJ man/NN has/VBZ been/VBN arrested/VBN on/IN suspicion/NN of/IN murder/NN after/IN a/DT woman/NN was/VBD found/VBN dead/JJ at/IN a/DT house/NN in/IN Leeds/NNP ,/, police/NNS said/VBD ./.
Officers/NNS were/VBD called/VBN to/TO the/DT address/NN at/IN about/RB 11/CD p.m./RB on/IN Sunday/NNP ./.
Detectives/NNS are/VBP appealing/VBG for/IN witnesses/NNS ./.
Three/CD teenagers/NNS were/VBD stabbed/VBN outside/IN a/DT nightclub/NN in/IN the/DT early/JJ hours/NNS of/IN Saturday/NNP ./.
Police/NNS seized/VBD 2.4/CD tonnes/NNS of/IN cocaine/NN worth/JJ an/DT estimated/VBN $/$ 180/CD million/CD in/IN a/DT raid/NN on/IN a/DT warehouse/NN ./.
The/DT gang/NN is/VBZ accused/VBN of/IN smuggling/VBG more/JJR than/IN 10,000/CD migrants/NNS into/IN Europe/NNP ./.
A/DT gunman/NN killed/VBD four/CD people/NNS at/IN a/DT shopping/NN centre/NN before/IN turning/VBG the/DT gun/NN on/IN himself/PRP ./.
Homicides/NNS in/IN the/DT city/NN fell/VBD by/IN 20/CD percent/NN last/JJ year/NN ,/, the/DT lowest/JJS level/NN since/IN the/DT early/JJ 1960s/CD ./.
The/DT suspect/NN ,/, who/WP was/VBD caught/VBN on/IN camera/NN ,/, handed/VBD himself/PRP in/RP at/IN a/DT police/NN station/NN two/CD days/NNS later/RB ./.
The/DT stolen/VBN car/NN was/VBD found/VBN abandoned/VBN in/IN a/DT car/NN park/NN ./.
A/DT former/JJ police/NN officer/NN was/VBD charged/VBN with/IN kidnapping/NN ,/, rape/NN and/CC murder/NN ./.
The/DT city/NN council/NN voted/VBD 7-2/CD on/IN Tuesday/NNP to/TO ban/VB short-term/JJ rentals/NNS in/IN residential/JJ neighbourhoods/NNS ./.
The/DT mayor/NN ,/, who/WP is/VBZ running/VBG for/IN re-election/NN in/IN November/NNP ,/, opposed/VBD the/DT measure/NN ./.
Residents/NNS packed/VBD the/DT meeting/NN ,/, and/CC some/DT shouted/VBD at/IN councillors/NNS as/IN the/DT vote/NN was/VBD taken/VBN ./.
The/DT county/NN will/MD spend/VB $/$ 45/CD million/CD to/TO repair/VB roads/NNS and/CC bridges/NNS damaged/VBN in/IN last/JJ winter/NN 's/POS storms/NNS ./.
Voters/NNS approved/VBD a/DT $/$ 300/CD million/CD bond/NN for/IN new/JJ schools/NNS ./.
The/DT school/NN board/NN has/VBZ removed/VBN 16/CD books/NNS from/IN library/NN shelves/NNS after/IN complaints/NNS from/IN parents/NNS ./.
Should/MD the/DT city/NN raise/VB taxes/NNS to/TO pay/VB for/IN more/JJR police/NNS ?/.
A/DT new/JJ bus/NN line/NN connecting/VBG the/DT airport/NN to/TO the/DT city/NN centre/NN will/MD open/VB in/IN April/NNP ./.
The/DT governor/NN signed/VBD a/DT bill/NN raising/VBG the/DT minimum/JJ wage/NN to/TO $/$ 20/CD an/DT hour/NN by/IN 2027/CD ./.
The/DT recall/NN election/NN will/MD cost/VB taxpayers/NNS about/RB $/$ 3/CD million/CD ,/, the/DT county/NN clerk/NN said/VBD ./.
The/DT state/NN legislature/NN passed/VBD the/DT budget/NN just/RB hours/NNS before/IN the/DT deadline/NN ./.
Ozzy/NNP Osbourne/NNP ,/, the/DT singer/NN whose/WP$ band/NN Black/NNP Sabbath/NNP helped/VBD create/VB heavy/JJ metal/NN ,/, died/VBD on/IN Tuesday/NNP ./.
He/PRP was/VBD 76/CD ./.
The/DT novelist/NN ,/, who/WP wrote/VBD more/JJR than/IN 40/CD books/NNS ,/, died/VBD at/IN her/PRP$ home/NN in/IN Dublin/NNP on/IN Sunday/NNP after/IN a/DT long/JJ illness/NN ,/, her/PRP$ publisher/NN said/VBD ./.
She/PRP is/VBZ survived/VBN by/IN her/PRP$ husband/NN ,/, two/CD sons/NNS and/CC five/CD grandchildren/NNS ./.
Born/VBN in/IN 1931/CD in/IN a/DT mining/NN town/NN in/IN Wales/NNP ,/, he/PRP left/VBD school/NN at/IN 14/CD to/TO work/VB in/IN the/DT pits/NNS ./.
Pope/NNP Francis/NNP ,/, the/DT first/JJ Latin/JJ American/JJ pope/NN ,/, died/VBD on/IN Easter/NNP Monday/NNP at/IN the/DT age/NN of/IN 88/CD ./.
Jimmy/NNP Carter/NNP ,/, the/DT 39th/JJ president/NN of/IN the/DT United/NNP States/NNPS ,/, died/VBD at/IN his/PRP$ home/NN in/IN Plains/NNP ,/, Georgia/NNP ,/, at/IN 100/CD ./.
The/DT cause/NN of/IN death/NN was/VBD not/RB disclosed/VBN ./.
A/DT funeral/NN will/MD be/VB held/VBN on/IN Friday/NNP at/IN St./NNP Mary/NNP 's/POS Cathedral/NNP ./.
Friends/NNS remembered/VBD him/PRP as/IN a/DT generous/JJ man/NN with/IN a/DT quick/JJ wit/NN ./.
"/" He/PRP never/RB stopped/VBD working/VBG "/" ,/, his/PRP$ daughter/NN said/VBD ./.
Microsoft/NNP said/VBD it/PRP would/MD invest/VB $/$ 80/CD billion/CD in/IN data/NNS centres/NNS this/DT year/NN ./.
Apple/NNP unveiled/VBD a/DT thinner/JJR iPhone/NNP and/CC cut/VBD the/DT price/NN of/IN its/PRP$ cheapest/JJS model/NN ./.
The/DT outage/NN ,/, caused/VBN by/IN a/DT faulty/JJ software/NN update/NN ,/, grounded/VBD flights/NNS and/CC disrupted/VBD hospitals/NNS around/IN the/DT world/NN ./.
Regulators/NNS fined/VBD the/DT social/JJ media/NNS company/NN 500/CD million/CD euros/NNS for/IN breaking/VBG EU/NNP competition/NN rules/NNS ./.
The/DT app/NN has/VBZ 170/CD million/CD users/NNS in/IN the/DT United/NNP States/NNPS ./.
Is/VBZ artificial/JJ intelligence/NN a/DT threat/NN to/TO jobs/NNS ?/.
A/DT survey/NN of/IN 4,000/CD workers/NNS found/VBD that/IN most/JJS used/VBD AI/NNP tools/NNS at/IN least/JJS once/RB a/DT week/NN ./.
The/DT chatbot/NN gave/VBD wrong/JJ answers/NNS to/TO about/RB a/DT third/NN of/IN the/DT questions/NNS ./.
Hackers/NNS stole/VBD the/DT personal/JJ data/NNS of/IN 6.5/CD million/CD customers/NNS ./.
The/DT bridge/NN ,/, which/WDT carries/VBZ 100,000/CD vehicles/NNS a/DT day/NN ,/, will/MD close/VB for/IN repairs/NNS from/IN June/NNP 3/CD to/TO June/NNP 17/CD ./.
Commuters/NNS faced/VBD delays/NNS of/IN up/IN to/TO two/CD hours/NNS after/IN a/DT signal/NN failure/NN at/IN Waterloo/NNP station/NN ./.
The/DT high-speed/JJ line/NN between/IN London/NNP and/CC Birmingham/NNP will/MD not/RB open/VB before/IN 2033/CD ./.
A/DT ferry/NN carrying/VBG 150/CD passengers/NNS ran/VBD aground/RB off/IN the/DT Greek/JJ island/NN of/IN Andros/NNP ./.
All/PDT the/DT passengers/NNS were/VBD rescued/VBN ,/, the/DT coast/NN guard/NN said/VBD ./.
The/DT plane/NN skidded/VBD off/IN the/DT runway/NN in/IN heavy/JJ rain/NN ,/, but/CC nobody/NN was/VBD seriously/RB hurt/VBN ./.
Investigators/NNS recovered/VBD the/DT flight/NN data/NNS recorder/NN on/IN Thursday/NNP ./.
The/DT crash/NN killed/VBD all/DT 67/CD people/NNS on/IN board/NN ./.
How/WRB could/MD this/DT happen/VB ?/.
The/DT university/NN said/VBD it/PRP would/MD cut/VB 400/CD jobs/NNS to/TO close/VB a/DT $/$ 90/CD million/CD funding/NN gap/NN ./.
Tuition/NN fees/NNS will/MD rise/VB to/TO 9,535/CD pounds/NNS a/DT year/NN ./.
Only/RB 42/CD percent/NN of/IN pupils/NNS met/VBD the/DT expected/VBN standard/NN in/IN maths/NN ./.
Teachers/NNS in/IN Scotland/NNP accepted/VBD a/DT pay/NN offer/NN of/IN 4.3/CD percent/NN ./.
The/DT population/NN of/IN Japan/NNP fell/VBD by/IN a/DT record/JJ 898,000/CD last/JJ year/NN ./.
Births/NNS in/IN South/NNP Korea/NNP rose/VBD for/IN the/DT first/JJ time/NN in/IN nine/CD years/NNS ./.
The/DT census/NN showed/VBD that/IN the/DT city/NN 's/POS population/NN had/VBD grown/VBN by/IN 11/CD percent/NN since/IN 2010/CD ./.
Net/JJ migration/NN to/TO Britain/NNP fell/VBD to/TO 431,000/CD in/IN 2024/CD ,/, roughly/RB half/PDT the/DT level/NN of/IN the/DT year/NN before/RB ./.
About/RB 8,000/CD migrants/NNS have/VBP crossed/VBN the/DT Channel/NNP in/IN small/JJ boats/NNS since/IN January/NNP ./.
The/DT drought/NN has/VBZ cut/VBN the/DT wheat/NN harvest/NN by/IN a/DT quarter/NN ./.
Farmers/NNS say/VBP they/PRP are/VBP losing/VBG money/NN on/IN every/DT litre/NN of/IN milk/NN they/PRP produce/VBP ./.
Cocoa/NN prices/NNS have/VBP more/RBR than/IN tripled/VBN in/IN two/CD years/NNS ./.
The/DT panda/NN ,/, on/IN loan/NN from/IN China/NNP ,/, gave/VBD birth/NN to/TO twins/NNS at/IN the/DT zoo/NN on/IN Monday/NNP ./.
A/DT humpback/NN whale/NN was/VBD spotted/VBN in/IN the/DT Thames/NNP for/IN the/DT first/JJ time/NN in/IN decades/NNS ./.
The/DT festival/NN 's/POS organisers/NNS expect/VBP half/PDT a/DT million/CD visitors/NNS over/IN the/DT weekend/NN ./.
European/JJ shares/NNS closed/VBD higher/RBR on/IN Tuesday/NNP ,/, led/VBN by/IN banks/NNS and/CC defence/NN stocks/NNS ./.
The/DT pound/NN slipped/VBD 0.3/CD percent/NN to/TO $/$ 1.27/CD after/IN the/DT data/NNS showed/VBD the/DT economy/NN had/VBD shrunk/VBN in/IN October/NNP ./.
The/DT central/JJ bank/NN left/VBD rates/NNS unchanged/JJ but/CC signalled/VBD that/IN cuts/NNS could/MD come/VB early/RB next/JJ year/NN ./.
Factory/NN activity/NN contracted/VBD for/IN a/DT fifth/JJ straight/JJ month/NN in/IN November/NNP ,/, a/DT survey/NN showed/VBD ./.
The/DT merger/NN ,/, worth/JJ $/$ 35/CD billion/CD ,/, still/RB needs/VBZ approval/NN from/IN regulators/NNS in/IN Brussels/NNP and/CC Washington/NNP ./.
"/" We/PRP did/VBD n't/RB see/VB this/DT coming/VBG "/" ,/, one/CD analyst/NN admitted/VBD ./.
Unemployment/NN among/IN young/JJ people/NNS in/IN China/NNP rose/VBD to/TO 18.8/CD percent/NN in/IN August/NNP ./.
Heavy/JJ snow/NN and/CC ice/NN forced/VBD the/DT closure/NN of/IN hundreds/NNS of/IN schools/NNS across/IN northern/JJ England/NNP on/IN Monday/NNP ./.
Temperatures/NNS are/VBP forecast/VBN to/TO fall/VB to/TO 15/CD degrees/NNS below/IN zero/CD in/IN the/DT Highlands/NNPS overnight/RB ./.
Tornadoes/NNS tore/VBD through/IN Kentucky/NNP and/CC Missouri/NNP late/RB on/IN Friday/NNP ,/, killing/VBG at/IN least/JJS 25/CD people/NNS ./.
Monsoon/NN rains/NNS have/VBP killed/VBN more/JJR than/IN 300/CD people/NNS in/IN Pakistan/NNP since/IN late/JJ June/NNP ,/, officials/NNS said/VBD ./.
The/DT volcano/NN erupted/VBD again/RB on/IN Wednesday/NNP ,/, sending/VBG a/DT column/NN of/IN ash/NN eight/CD kilometres/NNS into/IN the/DT sky/NN ./.
The/DT vaccine/NN was/VBD 91/CD percent/NN effective/JJ in/IN preventing/VBG severe/JJ illness/NN ,/, according/VBG to/TO data/NNS from/IN the/DT late-stage/JJ trial/NN ./.
Doctors/NNS in/IN Gaza/NNP say/VBP they/PRP are/VBP operating/VBG without/IN anaesthetic/NN ./.
The/DT outbreak/NN of/IN mpox/NN in/IN eastern/JJ Congo/NNP has/VBZ spread/VBN to/TO neighbouring/VBG Burundi/NNP and/CC Uganda/NNP ./.
The/DT singer/NN cancelled/VBD the/DT rest/NN of/IN her/PRP$ European/JJ tour/NN ,/, citing/VBG exhaustion/NN ./.
The/DT director/NN 's/POS new/JJ film/NN ,/, a/DT three-hour/JJ epic/NN set/VBN in/IN 1920s/CD Shanghai/NNP ,/, opens/VBZ in/IN cinemas/NNS on/IN Friday/NNP ./.
The/DT library/NN holds/VBZ more/JJR than/IN 2/CD million/CD books/NNS ,/, some/DT dating/VBG back/RB to/TO the/DT 15th/JJ century/NN ./.
Prosecutors/NNS say/VBP the/DT pair/NN laundered/VBD about/RB $/$ 4.5/CD billion/CD through/IN shell/NN companies/NNS ./.
The/DT trial/NN ,/, which/WDT is/VBZ expected/VBN to/TO last/VB six/CD weeks/NNS ,/, opened/VBD on/IN Monday/NNP with/IN the/DT selection/NN of/IN a/DT jury/NN ./.
The/DT defence/NN argued/VBD that/IN the/DT police/NNS had/VBD searched/VBN the/DT flat/NN without/IN a/DT warrant/NN ./.
A/DT man/NN was/VBD jailed/VBN for/IN life/NN on/IN Friday/NNP for/IN the/DT murder/NN of/IN his/PRP$ neighbour/NN ./.
The/DT council/NN plans/VBZ to/TO build/VB 2,500/CD affordable/JJ homes/NNS over/IN the/DT next/JJ decade/NN ./.
Parking/NN charges/NNS in/IN the/DT town/NN centre/NN will/MD double/VB from/IN April/NNP ./.
The/DT former/JJ senator/NN ,/, a/DT Vietnam/NNP veteran/NN who/WP served/VBD three/CD terms/NNS ,/, died/VBD on/IN Thursday/NNP in/IN Phoenix/NNP ./.
He/PRP was/VBD 91/CD and/CC had/VBD been/VBN in/IN poor/JJ health/NN for/IN several/JJ years/NNS ./.
What/WP will/MD the/DT new/JJ rules/NNS mean/VB for/IN renters/NNS ?/.
