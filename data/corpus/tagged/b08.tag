Asian/JJ markets/NNS opened/VBD lower/RBR on/IN Monday/NNP as/IN investors/NNS braced/VBD for/IN a/DT week/NN of/IN central/JJ bank/NN decisions/NNS in/IN Washington/NNP ,/, Tokyo/NNP and/CC London/NNP ./.
Japan/NNP 's/POS Nikkei/NNP share/NN average/NN fell/VBD 2.1/CD percent/NN ,/, and/CC Hong/NNP Kong/NNP 's/POS Hang/NNP Seng/NNP index/NN lost/VBD 1.5/CD percent/NN ,/, dragged/VBN down/RP by/IN property/NN developers/NNS and/CC technology/NN companies/NNS ./.
The/DT yen/NN strengthened/VBD past/IN 140/CD per/IN dollar/NN for/IN the/DT first/JJ time/NN since/IN September/NNP ,/, after/IN officials/NNS in/IN Tokyo/NNP hinted/VBD that/IN interest/NN rates/NNS could/MD rise/VB again/RB ./.
U.S./NNP crude/NN stocks/NNS rose/VBD by/IN 3.4/CD million/CD barrels/NNS last/JJ week/NN ,/, government/NN data/NNS showed/VBD ,/, compared/VBN with/IN analysts/NNS '/POS expectations/NNS for/IN a/DT small/JJ draw/NN ./.
Natural/JJ gas/NN prices/NNS in/IN Europe/NNP have/VBP fallen/VBN by/IN two-thirds/NNS from/IN their/PRP$ 2022/CD peak/NN ,/, but/CC they/PRP are/VBP still/RB about/RB twice/RB as/RB high/JJ as/IN they/PRP were/VBD before/IN the/DT war/NN in/IN Ukraine/NNP ./.
The/DT retailer/NN ,/, which/WDT employs/VBZ about/RB 12,000/CD people/NNS ,/, filed/VBD for/IN bankruptcy/NN protection/NN on/IN Tuesday/NNP ,/, blaming/VBG high/JJ rents/NNS ,/, weak/JJ demand/NN and/CC competition/NN from/IN online/JJ sellers/NNS ./.
It/PRP said/VBD its/PRP$ 300/CD stores/NNS would/MD stay/VB open/JJ while/IN it/PRP looked/VBD for/IN a/DT buyer/NN ,/, and/CC that/IN staff/NN would/MD continue/VB to/TO be/VB paid/VBN ./.
The/DT company/NN 's/POS chief/JJ executive/NN ,/, who/WP has/VBZ run/VBN the/DT firm/NN since/IN 2015/CD ,/, will/MD step/VB down/RP at/IN the/DT end/NN of/IN the/DT year/NN ./.
Profits/NNS at/IN the/DT bank/NN rose/VBD 14/CD percent/NN to/TO $/$ 6.8/CD billion/CD in/IN the/DT third/JJ quarter/NN ,/, helped/VBN by/IN higher/JJR trading/NN income/NN ./.
The/DT budget/NN airline/NN ordered/VBD 150/CD new/JJ jets/NNS in/IN a/DT deal/NN worth/JJ about/RB $/$ 20/CD billion/CD at/IN list/NN prices/NNS ./.
Boeing/NNP delivered/VBD 48/CD aircraft/NN in/IN July/NNP ,/, up/RB from/IN 43/CD a/DT year/NN earlier/RBR ,/, as/IN the/DT company/NN slowly/RB recovers/VBZ from/IN a/DT strike/NN that/WDT shut/VBD its/PRP$ factories/NNS for/IN seven/CD weeks/NNS ./.
Tesla/NNP 's/POS sales/NNS in/IN Europe/NNP fell/VBD for/IN a/DT seventh/JJ consecutive/JJ month/NN ,/, even/RB as/IN the/DT overall/JJ market/NN for/IN electric/JJ cars/NNS grew/VBD ./.
The/DT supermarket/NN chain/NN will/MD raise/VB staff/NN pay/NN to/TO 12.60/CD pounds/NNS an/DT hour/NN from/IN April/NNP ,/, well/RB above/IN the/DT legal/JJ minimum/NN ./.
Why/WRB are/VBP food/NN prices/NNS still/RB rising/VBG ,/, and/CC when/WRB will/MD they/PRP start/VB to/TO fall/VB ?/.
Economists/NNS point/VBP to/TO higher/JJR energy/NN costs/NNS ,/, poor/JJ harvests/NNS and/CC a/DT weaker/JJR currency/NN ,/, as/RB well/RB as/IN higher/JJR wages/NNS in/IN shops/NNS and/CC restaurants/NNS ./.
"/" The/DT worst/JJS is/VBZ behind/IN us/PRP "/" ,/, the/DT finance/NN minister/NN told/VBD parliament/NN on/IN Wednesday/NNP ,/, but/CC opposition/NN lawmakers/NNS said/VBD families/NNS were/VBD still/RB struggling/VBG to/TO pay/VB their/PRP$ bills/NNS ./.
The/DT country/NN 's/POS trade/NN surplus/NN widened/VBD to/TO $/$ 99/CD billion/CD in/IN June/NNP as/IN exports/NNS rose/VBD 5.8/CD percent/NN ./.
Argentina/NNP 's/POS annual/JJ inflation/NN rate/NN fell/VBD below/IN 40/CD percent/NN for/IN the/DT first/JJ time/NN since/IN 2022/CD ,/, although/IN prices/NNS of/IN food/NN and/CC rent/NN are/VBP still/RB rising/VBG fast/RB ./.
Turkey/NNP 's/POS central/JJ bank/NN unexpectedly/RB raised/VBD its/PRP$ main/JJ rate/NN to/TO 46/CD percent/NN in/IN an/DT effort/NN to/TO support/VB the/DT lira/NN ./.
The/DT rupee/NN hit/VBD an/DT all-time/JJ low/NN against/IN the/DT dollar/NN ,/, and/CC the/DT central/JJ bank/NN was/VBD said/VBN to/TO have/VB sold/VBN dollars/NNS to/TO slow/VB the/DT fall/NN ./.
The/DT housing/NN market/NN has/VBZ cooled/VBN ,/, with/IN sales/NNS of/IN existing/VBG homes/NNS at/IN their/PRP$ lowest/JJS level/NN since/IN 1995/CD ./.
Mortgage/NN rates/NNS have/VBP climbed/VBN back/RB above/IN 7/CD percent/NN ,/, pricing/VBG many/JJ first-time/JJ buyers/NNS out/IN of/IN the/DT market/NN ./.
Wages/NNS grew/VBD faster/RBR than/IN prices/NNS for/IN the/DT ninth/JJ month/NN in/IN a/DT row/NN ,/, easing/VBG some/DT of/IN the/DT pressure/NN on/IN households/NNS after/IN two/CD years/NNS of/IN high/JJ inflation/NN ./.
The/DT minimum/JJ wage/NN will/MD rise/VB by/IN 6.7/CD percent/NN in/IN April/NNP ,/, benefiting/VBG about/RB 3/CD million/CD workers/NNS ,/, most/JJS of/IN them/PRP women/NNS working/VBG part-time/RB in/IN shops/NNS ,/, care/NN homes/NNS and/CC restaurants/NNS ./.
Some/DT 1.3/CD million/CD people/NNS were/VBD out/IN of/IN work/NN in/IN the/DT three/CD months/NNS to/TO September/NNP ,/, an/DT unemployment/NN rate/NN of/IN 4.1/CD percent/NN ./.
The/DT government/NN sold/VBD its/PRP$ remaining/VBG stake/NN in/IN the/DT bank/NN ,/, ending/VBG 17/CD years/NNS of/IN state/NN ownership/NN ,/, and/CC the/DT finance/NN ministry/NN said/VBD the/DT sale/NN had/VBD raised/VBN more/JJR money/NN than/IN taxpayers/NNS had/VBD put/VBN in/RP ./.
The/DT wind/NN farm/NN ,/, off/IN the/DT coast/NN of/IN Norfolk/NNP ,/, will/MD power/VB about/RB 1.5/CD million/CD homes/NNS when/WRB it/PRP is/VBZ completed/VBN in/IN 2027/CD ./.
Solar/JJ power/NN overtook/VBD coal/NN as/IN a/DT source/NN of/IN electricity/NN in/IN the/DT European/NNP Union/NNP for/IN the/DT first/JJ time/NN last/JJ year/NN ,/, according/VBG to/TO a/DT report/NN published/VBN on/IN Wednesday/NNP by/IN a/DT London-based/JJ research/NN group/NN ./.
The/DT nuclear/JJ plant/NN ,/, closed/VBN in/IN 2019/CD ,/, will/MD be/VB restarted/VBN to/TO supply/VB power/NN to/TO data/NNS centres/NNS under/IN a/DT 20-year/JJ deal/NN with/IN a/DT technology/NN company/NN ./.
Petrol/NN prices/NNS fell/VBD to/TO their/PRP$ lowest/JJS level/NN in/IN three/CD years/NNS ,/, and/CC the/DT price/NN of/IN diesel/NN also/RB fell/VBD ./.
The/DT pipeline/NN will/MD carry/VB 50/CD billion/CD cubic/JJ metres/NNS of/IN gas/NN a/DT year/NN from/IN Siberia/NNP to/TO northern/JJ China/NNP once/IN it/PRP is/VBZ completed/VBN ./.
Barcelona/NNP sacked/VBD their/PRP$ coach/NN on/IN Monday/NNP ,/, a/DT day/NN after/IN a/DT 4-0/CD defeat/NN at/IN home/NN to/TO Girona/NNP ,/, and/CC the/DT club/NN said/VBD a/DT former/JJ player/NN would/MD take/VB charge/NN of/IN the/DT team/NN until/IN the/DT end/NN of/IN the/DT season/NN ./.
The/DT Italian/JJ side/NN came/VBD from/IN two/CD goals/NNS down/RB to/TO draw/VB 2-2/CD ,/, with/IN both/DT goals/NNS coming/VBG in/IN the/DT last/JJ ten/CD minutes/NNS ./.
Bayern/NNP Munich/NNP have/VBP won/VBN the/DT Bundesliga/NNP title/NN 12/CD times/NNS in/IN the/DT last/JJ 13/CD seasons/NNS ,/, but/CC this/DT season/NN they/PRP finished/VBD behind/IN Bayer/NNP Leverkusen/NNP ./.
The/DT goalkeeper/NN saved/VBD two/CD penalties/NNS in/IN the/DT shootout/NN ,/, sending/VBG his/PRP$ team/NN into/IN the/DT final/NN for/IN the/DT first/JJ time/NN since/IN 1998/CD ./.
The/DT midfielder/NN has/VBZ signed/VBN a/DT five-year/JJ contract/NN worth/JJ a/DT reported/VBN 300,000/CD pounds/NNS a/DT week/NN ,/, making/VBG him/PRP the/DT best-paid/JJ player/NN in/IN the/DT club/NN 's/POS history/NN ./.
Does/VBZ the/DT club/NN have/VB the/DT money/NN to/TO compete/VB ,/, or/CC will/MD it/PRP have/VB to/TO sell/VB its/PRP$ best/JJS players/NNS ?/.
"/" I/PRP 've/VBP never/RB felt/VBN anything/NN like/IN it/PRP "/" ,/, the/DT 19-year-old/JJ said/VBD after/IN scoring/VBG on/IN his/PRP$ debut/NN ./.
The/DT Boston/NNP Celtics/NNPS beat/VBD the/DT Dallas/NNP Mavericks/NNPS 106-88/CD to/TO win/VB their/PRP$ 18th/JJ championship/NN in/IN the/DT fifth/JJ game/NN of/IN the/DT finals/NNS ,/, ending/VBG a/DT season/NN in/IN which/WDT they/PRP lost/VBD only/RB 18/CD games/NNS ./.
LeBron/NNP James/NNP became/VBD the/DT first/JJ player/NN to/TO score/VB 50,000/CD points/NNS in/IN the/DT regular/JJ season/NN and/CC playoffs/NNS combined/VBN ,/, and/CC the/DT crowd/NN in/IN Los/NNP Angeles/NNP gave/VBD him/PRP a/DT standing/VBG ovation/NN that/WDT lasted/VBD several/JJ minutes/NNS ./.
The/DT Yankees/NNPS have/VBP not/RB won/VBN the/DT World/NNP Series/NNP since/IN 2009/CD ,/, the/DT longest/JJS drought/NN in/IN the/DT club/NN 's/POS history/NN ./.
Novak/NNP Djokovic/NNP won/VBD his/PRP$ 100th/JJ title/NN at/IN the/DT Geneva/NNP Open/NNP ,/, becoming/VBG only/RB the/DT third/JJ man/NN to/TO reach/VB that/DT mark/NN ./.
Coco/NNP Gauff/NNP came/VBD back/RB from/IN a/DT set/NN down/RB to/TO win/VB the/DT final/NN ,/, her/PRP$ first/JJ title/NN since/IN the/DT U.S./NNP Open/NNP ./.
Rory/NNP McIlroy/NNP won/VBD the/DT Masters/NNPS to/TO complete/VB a/DT career/NN grand/JJ slam/NN after/IN years/NNS of/IN near/JJ misses/NNS ,/, and/CC he/PRP wept/VBD on/IN the/DT 18th/JJ green/NN as/IN his/PRP$ wife/NN and/CC daughter/NN ran/VBD to/TO meet/VB him/PRP ./.
Scottie/NNP Scheffler/NNP shot/VBD a/DT final-round/JJ 66/CD to/TO win/VB by/IN four/CD strokes/NNS ,/, his/PRP$ second/JJ major/JJ title/NN of/IN the/DT year/NN ./.
Lewis/NNP Hamilton/NNP joined/VBD Ferrari/NNP after/IN 12/CD seasons/NNS with/IN Mercedes/NNP ,/, saying/VBG he/PRP had/VBD always/RB dreamed/VBN of/IN driving/VBG for/IN the/DT Italian/JJ team/NN ./.
The/DT marathon/NN was/VBD won/VBN in/IN two/CD hours/NNS ,/, two/CD minutes/NNS and/CC 44/CD seconds/NNS ,/, the/DT fastest/JJS time/NN ever/RB recorded/VBN in/IN the/DT race/NN ./.
The/DT Ethiopian/JJ runner/NN ,/, who/WP is/VBZ only/RB 20/CD ,/, set/VBD a/DT course/NN record/NN on/IN a/DT hot/JJ and/CC humid/JJ morning/NN ,/, finishing/VBG almost/RB a/DT minute/NN ahead/RB of/IN the/DT defending/VBG champion/NN ./.
England/NNP were/VBD bowled/VBN out/RP for/IN 172/CD on/IN the/DT first/JJ day/NN of/IN the/DT Ashes/NNPS series/NN in/IN Perth/NNP ,/, and/CC Australia/NNP finished/VBD the/DT day/NN on/IN 67/CD for/IN one/CD ./.
India/NNP won/VBD the/DT Champions/NNPS Trophy/NNP ,/, beating/VBG New/NNP Zealand/NNP by/IN four/CD wickets/NNS in/IN Dubai/NNP ,/, and/CC their/PRP$ captain/NN said/VBD the/DT win/NN would/MD mean/VB a/DT great/JJ deal/NN to/TO fans/NNS back/RB home/RB ./.
The/DT swimmer/NN won/VBD four/CD gold/NN medals/NNS in/IN Paris/NNP and/CC broke/VBD two/CD world/NN records/NNS ,/, one/CD of/IN them/PRP in/IN the/DT 200/CD metres/NNS freestyle/NN ./.
The/DT 2030/CD World/NNP Cup/NNP will/MD be/VB shared/VBN by/IN Spain/NNP ,/, Portugal/NNP and/CC Morocco/NNP ,/, with/IN three/CD opening/NN games/NNS in/IN South/NNP America/NNP ./.
The/DT federation/NN banned/VBD the/DT cyclist/NN for/IN four/CD years/NNS after/IN he/PRP tested/VBD positive/JJ for/IN a/DT banned/VBN substance/NN ,/, but/CC he/PRP insists/VBZ that/IN he/PRP never/RB knowingly/RB took/VBD anything/NN ./.
Storm/NNP Eowyn/NNP brought/VBD winds/NNS of/IN up/IN to/TO 183/CD kilometres/NNS per/IN hour/NN to/TO Ireland/NNP ,/, cutting/VBG power/NN to/TO a/DT million/CD homes/NNS and/CC forcing/VBG the/DT closure/NN of/IN schools/NNS ,/, airports/NNS and/CC most/JJS public/JJ transport/NN for/IN two/CD days/NNS ./.
The/DT river/NN burst/VBD its/PRP$ banks/NNS overnight/RB ,/, and/CC residents/NNS were/VBD evacuated/VBN by/IN boat/NN ,/, and/CC several/JJ roads/NNS into/IN the/DT town/NN are/VBP still/RB under/IN water/NN ./.
Flood/NN defences/NNS built/VBN after/IN the/DT 2007/CD floods/NNS held/VBD ,/, the/DT Environment/NNP Agency/NNP said/VBD ,/, although/IN more/JJR than/IN 500/CD homes/NNS in/IN other/JJ areas/NNS were/VBD flooded/VBN ./.
Is/VBZ climate/NN change/NN making/VBG storms/NNS like/IN this/DT more/RBR common/JJ ,/, and/CC if/IN so/RB ,/, how/WRB should/MD cities/NNS prepare/VB ?/.
Scientists/NNS say/VBP warmer/JJR seas/NNS give/VBP hurricanes/NNS more/JJR energy/NN and/CC make/VBP rapid/JJ intensification/NN more/RBR likely/JJ ,/, although/IN they/PRP caution/VBP that/IN the/DT total/JJ number/NN of/IN storms/NNS each/DT year/NN may/MD not/RB change/VB much/RB ./.
Drought/NN has/VBZ left/VBN the/DT Panama/NNP Canal/NNP short/JJ of/IN water/NN ,/, forcing/VBG authorities/NNS to/TO limit/VB the/DT number/NN of/IN ships/NNS passing/VBG through/IN ./.
The/DT lake/NN ,/, once/RB the/DT fourth-largest/JJ in/IN the/DT world/NN ,/, has/VBZ shrunk/VBN to/TO a/DT tenth/NN of/IN its/PRP$ former/JJ size/NN ,/, and/CC the/DT fishing/NN towns/NNS that/WDT once/RB lined/VBD its/PRP$ shores/NNS now/RB stand/VBP in/IN the/DT desert/NN ./.
Air/NN pollution/NN in/IN New/NNP Delhi/NNP reached/VBD "/" severe/JJ "/" levels/NNS for/IN the/DT third/JJ day/NN ,/, and/CC schools/NNS were/VBD ordered/VBN to/TO close/VB ./.
Global/JJ carbon/NN emissions/NNS hit/VBD a/DT record/JJ 37.4/CD billion/CD tonnes/NNS in/IN 2024/CD ,/, and/CC scientists/NNS say/VBP there/EX is/VBZ no/DT sign/NN yet/RB of/IN a/DT peak/NN ./.
Nearly/RB 200/CD countries/NNS agreed/VBD at/IN the/DT COP29/NNP summit/NN in/IN Baku/NNP to/TO triple/VB climate/NN finance/NN to/TO $/$ 300/CD billion/CD a/DT year/NN ./.
Delegates/NNS from/IN poorer/JJR nations/NNS said/VBD the/DT deal/NN was/VBD far/RB too/RB small/JJ ,/, and/CC some/DT of/IN them/PRP walked/VBD out/IN of/IN the/DT final/JJ session/NN in/IN protest/NN ./.
The/DT probe/NN ,/, launched/VBN in/IN 2018/CD ,/, flew/VBD within/IN 6.1/CD million/CD kilometres/NNS of/IN the/DT sun/NN 's/POS surface/NN ,/, travelling/VBG at/IN about/RB 690,000/CD kilometres/NNS an/DT hour/NN ,/, which/WDT made/VBD it/PRP the/DT fastest/JJS object/NN ever/RB built/VBN by/IN humans/NNS ./.
Astronomers/NNS have/VBP identified/VBN the/DT most/RBS distant/JJ galaxy/NN ever/RB observed/VBN ,/, which/WDT formed/VBD about/RB 300/CD million/CD years/NNS after/IN the/DT Big/NNP Bang/NNP ./.
The/DT two/CD astronauts/NNS ,/, who/WP had/VBD expected/VBN to/TO spend/VB eight/CD days/NNS in/IN orbit/NN ,/, returned/VBD to/TO Earth/NNP after/IN nine/CD months/NNS ,/, after/IN problems/NNS with/IN their/PRP$ spacecraft/NN forced/VBD NASA/NNP to/TO send/VB them/PRP home/NN on/IN a/DT different/JJ vehicle/NN ./.
India/NNP became/VBD the/DT first/JJ country/NN to/TO land/VB a/DT spacecraft/NN near/IN the/DT moon/NN 's/POS south/JJ pole/NN ,/, a/DT region/NN where/WRB scientists/NNS believe/VBP there/EX may/MD be/VB water/NN ice/NN ./.
Researchers/NNS at/IN the/DT university/NN have/VBP grown/VBN human/JJ teeth/NNS in/IN a/DT laboratory/NN ,/, and/CC they/PRP hope/VBP to/TO test/VB the/DT method/NN on/IN patients/NNS within/IN five/CD years/NNS ./.
The/DT gene/NN therapy/NN ,/, which/WDT costs/VBZ more/JJR than/IN $/$ 3/CD million/CD per/IN patient/NN ,/, was/VBD approved/VBN in/IN Britain/NNP ,/, where/WRB doctors/NNS will/MD use/VB it/PRP to/TO treat/VB children/NNS born/VBN with/IN a/DT rare/JJ blood/NN disorder/NN ./.
Experts/NNS warned/VBD that/IN the/DT findings/NNS ,/, based/VBN on/IN a/DT small/JJ sample/NN ,/, should/MD be/VB treated/VBN with/IN caution/NN ,/, and/CC that/IN more/JJR studies/NNS would/MD be/VB needed/VBN before/IN any/DT firm/JJ conclusions/NNS could/MD be/VB drawn/VBN ./.
How/WRB did/VBD the/DT virus/NN jump/VB from/IN birds/NNS to/TO cows/NNS ,/, and/CC could/MD it/PRP spread/VB to/TO humans/NNS ?/.
Health/NN officials/NNS confirmed/VBD the/DT first/JJ human/JJ case/NN of/IN H5N1/NNP bird/NN flu/NN in/IN the/DT state/NN ,/, a/DT dairy/NN worker/NN who/WP had/VBD only/RB mild/JJ symptoms/NNS ./.
Smoking/NN rates/NNS among/IN adults/NNS have/VBP fallen/VBN to/TO 11/CD percent/NN ,/, the/DT lowest/JJS since/IN records/NNS began/VBD ,/, and/CC health/NN officials/NNS now/RB want/VBP to/TO do/VB the/DT same/JJ for/IN vaping/NN among/IN teenagers/NNS ./.
The/DT law/NN will/MD ban/VB the/DT sale/NN of/IN tobacco/NN to/TO anyone/NN born/VBN after/IN January/NNP 1/CD ,/, 2009/CD ./.
More/JJR than/IN 7/CD million/CD people/NNS are/VBP waiting/VBG for/IN hospital/NN treatment/NN in/IN England/NNP ,/, and/CC nearly/RB 200,000/CD of/IN them/PRP have/VBP been/VBN waiting/VBG for/IN more/JJR than/IN a/DT year/NN ./.
The/DT hospital/NN apologised/VBD to/TO the/DT family/NN and/CC said/VBD it/PRP had/VBD changed/VBN its/PRP$ procedures/NNS so/IN that/IN no/DT other/JJ family/NN would/MD have/VB to/TO suffer/VB the/DT same/JJ loss/NN ./.
Polio/NN was/VBD detected/VBN in/IN sewage/NN samples/NNS in/IN three/CD German/JJ cities/NNS ,/, although/IN no/DT cases/NNS of/IN the/DT disease/NN have/VBP been/VBN found/VBN ./.
Malaria/NN deaths/NNS fell/VBD by/IN a/DT quarter/NN after/IN the/DT vaccine/NN was/VBD introduced/VBN ,/, a/DT study/NN found/VBD ,/, and/CC the/DT World/NNP Health/NNP Organization/NNP has/VBZ now/RB recommended/VBN its/PRP$ use/NN in/IN 19/CD African/JJ countries/NNS ./.
The/DT musical/NN ,/, which/WDT opened/VBD on/IN Broadway/NNP in/IN 2015/CD ,/, will/MD close/VB in/IN January/NNP after/IN more/JJR than/IN 3,000/CD performances/NNS ./.
The/DT singer/NN 's/POS new/JJ album/NN went/VBD straight/RB to/TO No./NN 1/CD in/IN 14/CD countries/NNS ,/, and/CC tickets/NNS for/IN her/PRP$ tour/NN sold/VBD out/RP within/IN an/DT hour/NN ./.
The/DT Nobel/NNP Prize/NNP in/IN Literature/NNP was/VBD awarded/VBN to/TO the/DT South/NNP Korean/JJ writer/NN Han/NNP Kang/NNP ,/, whose/WP$ novels/NNS deal/VBP with/IN violence/NN and/CC memory/NN ./.
The/DT poet/NN read/VBD from/IN her/PRP$ new/JJ collection/NN at/IN the/DT opening/NN of/IN the/DT festival/NN ,/, which/WDT was/VBD attended/VBN by/IN more/JJR than/IN a/DT thousand/CD people/NNS ./.
The/DT statue/NN ,/, which/WDT had/VBD stood/VBN in/IN the/DT square/NN since/IN 1895/CD ,/, was/VBD removed/VBN overnight/RB ,/, and/CC the/DT city/NN council/NN said/VBD it/PRP would/MD be/VB placed/VBN in/IN a/DT museum/NN with/IN a/DT plaque/NN explaining/VBG its/PRP$ history/NN ./.
Who/WP owns/VBZ the/DT painting/NN ,/, and/CC who/WP decides/VBZ where/WRB it/PRP should/MD hang/VB ?/.
The/DT court/NN will/MD decide/VB whether/IN the/DT work/NN ,/, seized/VBN by/IN the/DT Nazis/NNPS in/IN 1938/CD ,/, must/MD be/VB returned/VBN to/TO the/DT family/NN ./.
Notre-Dame/NNP cathedral/NN reopened/VBD five/CD years/NNS after/IN a/DT fire/NN destroyed/VBD its/PRP$ roof/NN and/CC spire/NN ,/, and/CC thousands/NNS of/IN people/NNS gathered/VBD outside/IN to/TO watch/VB the/DT ceremony/NN on/IN giant/JJ screens/NNS ./.
Some/DT 9/CD million/CD people/NNS visited/VBD the/DT cathedral/NN in/IN the/DT first/JJ year/NN after/IN it/PRP reopened/VBD ,/, and/CC the/DT archbishop/NN has/VBZ asked/VBN tourists/NNS to/TO remember/VB that/IN it/PRP is/VBZ still/RB a/DT place/NN of/IN worship/NN ./.
The/DT broadcaster/NN apologised/VBD for/IN airing/VBG the/DT documentary/NN ,/, which/WDT contained/VBD a/DT number/NN of/IN factual/JJ errors/NNS ./.
The/DT newspaper/NN ,/, founded/VBN in/IN 1821/CD ,/, will/MD stop/VB printing/VBG on/IN weekdays/NNS ,/, blaming/VBG falling/VBG sales/NNS and/CC the/DT rising/VBG cost/NN of/IN paper/NN ./.
The/DT accused/NN ,/, a/DT 29-year-old/JJ delivery/NN driver/NN ,/, denies/VBZ all/DT the/DT charges/NNS and/CC will/MD go/VB on/IN trial/NN in/IN the/DT autumn/NN ./.
The/DT jury/NN took/VBD less/JJR than/IN three/CD hours/NNS to/TO reach/VB its/PRP$ verdict/NN ,/, and/CC the/DT defendant/NN showed/VBD no/DT emotion/NN as/IN it/PRP was/VBD read/VBN out/RP ./.
The/DT judge/NN told/VBD the/DT court/NN that/IN the/DT defendant/NN had/VBD shown/VBN no/DT remorse/NN ,/, and/CC he/PRP added/VBD that/IN the/DT victim/NN 's/POS family/NN had/VBD shown/VBN great/JJ dignity/NN throughout/IN the/DT trial/NN ./.
The/DT former/JJ minister/NN was/VBD acquitted/VBN of/IN corruption/NN but/CC convicted/VBN of/IN abuse/NN of/IN office/NN ,/, and/CC he/PRP was/VBD given/VBN a/DT suspended/VBN sentence/NN ./.
An/DT appeals/NNS court/NN upheld/VBD the/DT $/$ 83/CD million/CD verdict/NN against/IN the/DT former/JJ president/NN ,/, rejecting/VBG his/PRP$ claim/NN that/IN he/PRP was/VBD immune/JJ from/IN such/JJ lawsuits/NNS ./.
The/DT case/NN was/VBD dismissed/VBN after/IN a/DT key/JJ witness/NN withdrew/VBD her/PRP$ statement/NN ,/, saying/VBG she/PRP had/VBD been/VBN pressured/VBN by/IN the/DT police/NNS ./.
The/DT inquest/NN heard/VBD that/IN the/DT boy/NN had/VBD died/VBN of/IN a/DT rare/JJ allergic/JJ reaction/NN to/TO peanuts/NNS in/IN a/DT school/NN lunch/NN ./.
He/PRP was/VBD ordered/VBN to/TO do/VB 200/CD hours/NNS of/IN community/NN service/NN and/CC pay/VB 1,500/CD pounds/NNS in/IN compensation/NN to/TO each/DT of/IN the/DT three/CD shop/NN owners/NNS whose/WP$ windows/NNS he/PRP smashed/VBD ./.
The/DT Supreme/NNP Court/NNP will/MD hear/VB arguments/NNS in/IN November/NNP on/IN whether/IN the/DT tariffs/NNS are/VBP legal/JJ ,/, a/DT case/NN that/WDT could/MD affect/VB billions/NNS of/IN dollars/NNS in/IN trade/NN ./.
"/" No/DT one/NN is/VBZ above/IN the/DT law/NN "/" ,/, the/DT prosecutor/NN told/VBD reporters/NNS outside/IN the/DT courthouse/NN ./.
Police/NNS arrested/VBD 14/CD people/NNS after/IN fights/NNS broke/VBD out/RP between/IN rival/JJ fans/NNS in/IN the/DT streets/NNS around/IN the/DT stadium/NN ./.
A/DT 17-year-old/JJ boy/NN has/VBZ been/VBN charged/VBN with/IN attempted/VBN murder/NN after/IN a/DT man/NN was/VBD stabbed/VBN at/IN a/DT bus/NN stop/NN on/IN Friday/NNP evening/NN ./.
The/DT body/NN of/IN a/DT man/NN was/VBD found/VBN in/IN a/DT canal/NN on/IN Sunday/NNP morning/NN ,/, and/CC police/NNS have/VBP asked/VBN for/IN help/NN in/IN identifying/VBG him/PRP ./.
Police/NNS do/VBP not/RB believe/VB the/DT death/NN is/VBZ suspicious/JJ ,/, and/CC a/DT report/NN will/MD be/VB prepared/VBN for/IN the/DT coroner/NN ./.
Burglaries/NNS in/IN the/DT area/NN have/VBP doubled/VBN in/IN the/DT past/JJ year/NN ,/, according/VBG to/TO police/NN figures/NNS ,/, and/CC residents/NNS have/VBP set/VBN up/RP a/DT neighbourhood/NN watch/NN group/NN that/WDT patrols/VBZ the/DT streets/NNS at/IN night/NN ./.
Fraudsters/NNS posing/VBG as/IN bank/NN staff/NN stole/VBD more/JJR than/IN $/$ 2/CD million/CD from/IN elderly/JJ customers/NNS ,/, and/CC police/NNS say/VBP the/DT real/JJ figure/NN is/VBZ probably/RB much/RB higher/JJR ./.
The/DT gang/NN 's/POS leader/NN was/VBD extradited/VBN from/IN Spain/NNP in/IN 2023/CD and/CC has/VBZ been/VBN in/IN custody/NN ever/RB since/RB ./.
Officers/NNS found/VBD 80/CD kilograms/NNS of/IN heroin/NN hidden/VBN in/IN the/DT lorry/NN 's/POS fuel/NN tank/NN ,/, the/DT largest/JJS such/JJ seizure/NN at/IN the/DT port/NN in/IN five/CD years/NNS ./.
A/DT prison/NN officer/NN was/VBD attacked/VBN by/IN an/DT inmate/NN and/CC taken/VBN to/TO hospital/NN with/IN serious/JJ injuries/NNS ,/, and/CC the/DT union/NN said/VBD staff/NN shortages/NNS had/VBD left/VBN officers/NNS working/VBG alone/RB on/IN wings/NNS with/IN 60/CD prisoners/NNS ./.
Have/VBP you/PRP seen/VBN this/DT man/NN ,/, police/NNS asked/VBD in/IN an/DT appeal/NN posted/VBN on/IN social/JJ media/NNS ?/.
Anyone/NN with/IN information/NN is/VBZ asked/VBN to/TO call/VB police/NNS or/CC to/TO contact/VB the/DT charity/NN Crimestoppers/NNP anonymously/RB ./.
The/DT town/NN council/NN has/VBZ approved/VBN plans/NNS for/IN a/DT new/JJ leisure/NN centre/NN ,/, which/WDT will/MD include/VB a/DT swimming/NN pool/NN and/CC a/DT climbing/NN wall/NN ./.
Councillors/NNS voted/VBD 24/CD to/TO 19/CD against/IN closing/VBG the/DT library/NN ,/, despite/IN warnings/NNS that/IN the/DT council/NN would/MD run/VB out/IN of/IN money/NN by/IN 2027/CD ./.
The/DT mayor/NN said/VBD the/DT city/NN could/MD not/RB afford/VB to/TO keep/VB all/DT its/PRP$ swimming/NN pools/NNS open/JJ ,/, and/CC she/PRP asked/VBD residents/NNS which/WDT of/IN the/DT three/CD should/MD be/VB closed/VBN first/RB ./.
Residents/NNS have/VBP complained/VBN for/IN years/NNS about/IN potholes/NNS on/IN the/DT main/JJ road/NN ,/, and/CC some/DT say/VBP their/PRP$ cars/NNS have/VBP been/VBN damaged/VBN ./.
The/DT by-election/NN was/VBD called/VBN after/IN the/DT sitting/VBG member/NN died/VBD in/IN March/NNP after/IN a/DT long/JJ illness/NN ./.
Turnout/NN was/VBD 38/CD percent/NN ,/, down/RB from/IN 61/CD percent/NN at/IN the/DT general/JJ election/NN ,/, and/CC several/JJ polling/NN stations/NNS in/IN rural/JJ areas/NNS had/VBD fewer/JJR than/IN 100/CD voters/NNS all/DT day/NN ./.
The/DT Green/NNP candidate/NN won/VBD by/IN 312/CD votes/NNS after/IN two/CD recounts/NNS ,/, the/DT narrowest/JJS margin/NN in/IN the/DT seat/NN 's/POS history/NN ./.
The/DT state/NN 's/POS new/JJ congressional/JJ map/NN could/MD give/VB Republicans/NNPS up/IN to/TO five/CD more/JJR seats/NNS ,/, enough/JJ to/TO tip/VB the/DT balance/NN in/IN the/DT House/NNP ./.
Democrats/NNPS walked/VBD out/IN of/IN the/DT chamber/NN in/IN protest/NN ,/, leaving/VBG the/DT Senate/NNP without/IN enough/JJ members/NNS to/TO pass/VB the/DT bill/NN ./.
The/DT governor/NN vetoed/VBD the/DT bill/NN ,/, saying/VBG it/PRP would/MD cost/VB too/RB much/JJ and/CC would/MD force/VB small/JJ businesses/NNS to/TO close/VB ./.
Lawmakers/NNS overrode/VBD the/DT veto/NN two/CD weeks/NNS later/RB ,/, with/IN several/JJ members/NNS of/IN the/DT governor/NN 's/POS own/JJ party/NN voting/VBG against/IN him/PRP ./.
A/DT poll/NN published/VBN on/IN Sunday/NNP put/VBD the/DT opposition/NN ten/CD points/NNS ahead/RB ,/, its/PRP$ largest/JJS lead/NN since/IN the/DT last/JJ election/NN ./.
The/DT party/NN has/VBZ lost/VBN more/JJR than/IN 100,000/CD members/NNS since/IN 2019/CD ,/, according/VBG to/TO figures/NNS leaked/VBN to/TO a/DT newspaper/NN ./.
Who/WP will/MD lead/VB the/DT party/NN into/IN the/DT next/JJ election/NN ,/, and/CC can/MD anyone/NN unite/VB its/PRP$ rival/JJ wings/NNS ?/.
Robert/NNP Redford/NNP ,/, the/DT actor/NN and/CC director/NN who/WP founded/VBD the/DT Sundance/NNP film/NN festival/NN ,/, has/VBZ died/VBN at/IN 89/CD ./.
The/DT physicist/NN ,/, whose/WP$ work/NN on/IN black/JJ holes/NNS won/VBD him/PRP a/DT Nobel/NNP Prize/NNP ,/, died/VBD peacefully/RB at/IN home/NN ,/, surrounded/VBN by/IN his/PRP$ family/NN ,/, the/DT university/NN where/WRB he/PRP worked/VBD for/IN more/JJR than/IN half/PDT a/DT century/NN said/VBD ./.
She/PRP was/VBD the/DT first/JJ woman/NN to/TO lead/VB the/DT central/JJ bank/NN and/CC served/VBD two/CD terms/NNS ,/, steering/VBG it/PRP through/IN two/CD financial/JJ crises/NNS ./.
Her/PRP$ husband/NN died/VBD in/IN 2011/CD ,/, and/CC she/PRP never/RB remarried/VBD ./.
He/PRP is/VBZ survived/VBN by/IN his/PRP$ wife/NN of/IN 58/CD years/NNS ,/, three/CD daughters/NNS and/CC a/DT brother/NN ,/, and/CC the/DT family/NN has/VBZ asked/VBN for/IN privacy/NN ./.
A/DT memorial/NN service/NN will/MD be/VB held/VBN next/JJ month/NN in/IN the/DT chapel/NN of/IN the/DT university/NN where/WRB he/PRP taught/VBD for/IN 40/CD years/NNS ./.
Tributes/NNS poured/VBD in/RP from/IN politicians/NNS ,/, musicians/NNS and/CC fans/NNS ,/, and/CC hundreds/NNS of/IN people/NNS left/VBD flowers/NNS outside/IN his/PRP$ home/NN ./.
"/" She/PRP changed/VBD the/DT way/NN we/PRP think/VBP about/IN food/NN "/" ,/, one/CD chef/NN wrote/VBD ./.
The/DT former/JJ heavyweight/NN champion/NN ,/, who/WP fought/VBD in/IN the/DT 1970s/CD and/CC 1980s/CD ,/, died/VBD of/IN cancer/NN at/IN 76/CD ./.
Schools/NNS will/MD ban/VB mobile/JJ phones/NNS in/IN classrooms/NNS from/IN September/NNP ,/, following/VBG similar/JJ bans/NNS in/IN France/NNP and/CC the/DT Netherlands/NNP ./.
About/RB 1.6/CD million/CD children/NNS in/IN England/NNP now/RB receive/VBP free/JJ school/NN meals/NNS ,/, and/CC charities/NNS say/VBP many/JJ more/JJR families/NNS who/WP are/VBP struggling/VBG do/VBP not/RB qualify/VB ./.
The/DT university/NN dropped/VBD out/IN of/IN the/DT top/JJ 100/CD in/IN the/DT global/JJ rankings/NNS for/IN the/DT first/JJ time/NN since/IN the/DT rankings/NNS began/VBD in/IN 2004/CD ./.
Applications/NNS from/IN foreign/JJ students/NNS fell/VBD by/IN 14/CD percent/NN ,/, and/CC several/JJ universities/NNS are/VBP now/RB cutting/VBG courses/NNS as/IN a/DT result/NN ./.
Teachers/NNS say/VBP class/NN sizes/NNS are/VBP too/RB big/JJ ,/, and/CC many/JJ of/IN them/PRP are/VBP leaving/VBG the/DT profession/NN within/IN five/CD years/NNS ./.
The/DT railway/NN company/NN cancelled/VBD 1,200/CD trains/NNS because/IN of/IN a/DT shortage/NN of/IN drivers/NNS ,/, and/CC it/PRP warned/VBD that/IN more/JJR cancellations/NNS were/VBD likely/JJ over/IN the/DT holiday/NN period/NN ./.
The/DT new/JJ metro/NN line/NN will/MD cut/VB journey/NN times/NNS across/IN the/DT city/NN by/IN up/IN to/TO 30/CD minutes/NNS ,/, and/CC the/DT first/JJ trains/NNS will/MD run/VB in/IN the/DT spring/NN after/IN eight/CD years/NNS of/IN construction/NN and/CC repeated/VBN delays/NNS ./.
Heathrow/NNP airport/NN closed/VBD for/IN a/DT day/NN after/IN a/DT fire/NN at/IN a/DT nearby/JJ electricity/NN substation/NN ,/, leaving/VBG thousands/NNS of/IN passengers/NNS stranded/VBN ./.
More/JJR than/IN 1,300/CD flights/NNS were/VBD cancelled/VBN ,/, affecting/VBG about/RB 200,000/CD passengers/NNS ,/, and/CC some/DT were/VBD forced/VBN to/TO sleep/VB on/IN the/DT floor/NN of/IN the/DT terminal/NN ./.
The/DT carrier/NN will/MD resume/VB flights/NNS to/TO Beirut/NNP on/IN May/NNP 1/CD ,/, more/JJR than/IN six/CD months/NNS after/IN it/PRP suspended/VBD them/PRP because/IN of/IN the/DT fighting/NN ./.
Drivers/NNS caught/VBN using/VBG a/DT phone/NN face/VBP a/DT fine/NN of/IN 200/CD pounds/NNS and/CC six/CD penalty/NN points/NNS ,/, and/CC police/NNS say/VBP they/PRP caught/VBD more/JJR than/IN 3,000/CD drivers/NNS in/IN a/DT single/JJ week/NN in/IN March/NNP ./.
Road/NN deaths/NNS rose/VBD to/TO 1,695/CD last/JJ year/NN ,/, the/DT highest/JJS number/NN since/IN 2019/CD ./.
The/DT cruise/NN ship/NN ,/, carrying/VBG 2,800/CD passengers/NNS ,/, was/VBD stuck/VBN in/IN port/NN for/IN three/CD days/NNS ,/, after/IN a/DT norovirus/NN outbreak/NN left/VBD more/JJR than/IN 200/CD people/NNS ill/JJ ./.
The/DT archbishop/NN resigned/VBD after/IN a/DT report/NN found/VBD he/PRP had/VBD failed/VBN to/TO act/VB on/IN abuse/NN claims/NNS for/IN years/NNS ,/, even/RB after/IN victims/NNS came/VBD forward/RB to/TO report/VB them/PRP ./.
Pilgrims/NNS from/IN more/JJR than/IN 100/CD countries/NNS gathered/VBD in/IN Mecca/NNP for/IN the/DT haj/NN ,/, one/CD of/IN the/DT five/CD pillars/NNS of/IN Islam/NNP ./.
More/JJR than/IN 1,300/CD pilgrims/NNS died/VBD in/IN the/DT heat/NN ,/, Saudi/JJ officials/NNS said/VBD ,/, many/JJ of/IN them/PRP elderly/JJ and/CC travelling/VBG without/IN official/JJ permits/NNS ./.
Millions/NNS of/IN Hindus/NNPS bathed/VBD in/IN the/DT Ganges/NNP during/IN the/DT festival/NN ,/, which/WDT takes/VBZ place/NN every/DT 12/CD years/NNS ./.
The/DT Church/NNP of/IN England/NNP will/MD allow/VB blessings/NNS for/IN same-sex/JJ couples/NNS ,/, but/CC clergy/NNS will/MD still/RB not/RB be/VB able/JJ to/TO marry/VB them/PRP ./.
The/DT 100-year-old/JJ woman/NN said/VBD the/DT secret/NN to/TO a/DT long/JJ life/NN was/VBD "/" hard/JJ work/NN and/CC no/DT regrets/NNS "/" ./.
A/DT dog/NN that/WDT went/VBD missing/JJ during/IN a/DT camping/NN trip/NN was/VBD found/VBN alive/JJ three/CD weeks/NNS later/RB by/IN a/DT walker/NN who/WP heard/VBD it/PRP barking/VBG in/IN a/DT ravine/NN several/JJ kilometres/NNS from/IN the/DT campsite/NN ./.
The/DT village/NN has/VBZ only/RB 37/CD residents/NNS ,/, and/CC its/PRP$ last/JJ shop/NN closed/VBD in/IN the/DT 1980s/CD ,/, but/CC a/DT group/NN of/IN residents/NNS has/VBZ raised/VBN money/NN to/TO open/VB a/DT new/JJ one/NN ./.
A/DT lottery/NN ticket/NN sold/VBN in/IN a/DT petrol/NN station/NN won/VBD the/DT $/$ 1.8/CD billion/CD jackpot/NN ,/, the/DT second-largest/JJ prize/NN in/IN the/DT history/NN of/IN the/DT game/NN ./.
The/DT winner/NN has/VBZ not/RB come/VBN forward/RB ,/, and/CC lottery/NN officials/NNS say/VBP the/DT winner/NN has/VBZ a/DT year/NN to/TO claim/VB the/DT prize/NN ./.
The/DT farmers/NNS '/POS union/NN said/VBD the/DT deal/NN would/MD let/VB cheap/JJ beef/NN flood/VB the/DT market/NN ./.
Wheat/NN exports/NNS from/IN Ukraine/NNP rose/VBD 20/CD percent/NN in/IN the/DT season/NN ,/, despite/IN attacks/NNS on/IN its/PRP$ ports/NNS ./.
The/DT harvest/NN ,/, delayed/VBN by/IN rain/NN ,/, is/VBZ expected/VBN to/TO be/VB the/DT smallest/JJS in/IN a/DT decade/NN ,/, and/CC the/DT price/NN of/IN bread/NN is/VBZ expected/VBN to/TO rise/VB as/IN a/DT result/NN ./.
Fishermen/NNS say/VBP catches/NNS have/VBP fallen/VBN sharply/RB since/IN the/DT 1990s/CD ,/, and/CC many/JJ of/IN them/PRP blame/VBP foreign/JJ trawlers/NNS ./.
The/DT company/NN recalled/VBD 1.2/CD million/CD cars/NNS because/IN of/IN a/DT fault/NN in/IN the/DT braking/NN system/NN ,/, which/WDT could/MD cause/VB the/DT cars/NNS to/TO take/VB longer/RBR to/TO stop/VB in/IN wet/JJ weather/NN ./.
The/DT toy/NN was/VBD withdrawn/VBN from/IN sale/NN after/IN two/CD children/NNS swallowed/VBD magnets/NNS ,/, and/CC the/DT company/NN said/VBD it/PRP would/MD refund/VB customers/NNS who/WP returned/VBD it/PRP ./.
Prices/NNS at/IN the/DT pump/NN typically/RB lag/VBP changes/NNS in/IN crude/NN prices/NNS by/IN several/JJ weeks/NNS ,/, which/WDT is/VBZ why/WRB drivers/NNS may/MD not/RB see/VB lower/JJR prices/NNS for/IN a/DT while/NN ./.
What/WP does/VBZ the/DT rate/NN cut/NN mean/VB for/IN savers/NNS ,/, and/CC should/MD they/PRP move/VB their/PRP$ money/NN ?/.
Banks/NNS are/VBP likely/JJ to/TO lower/VB the/DT interest/NN they/PRP pay/VBP on/IN deposits/NNS within/IN weeks/NNS ,/, and/CC savers/NNS are/VBP being/VBG urged/VBN to/TO shop/VB around/RB for/IN better/JJR rates/NNS before/IN that/DT happens/VBZ ./.
The/DT streaming/NN service/NN lost/VBD 1/CD million/CD subscribers/NNS after/IN it/PRP raised/VBD prices/NNS ,/, its/PRP$ first/JJ quarterly/JJ fall/NN since/IN 2022/CD ./.
The/DT video/NN game/NN sold/VBD 5/CD million/CD copies/NNS in/IN its/PRP$ first/JJ week/NN ,/, beating/VBG the/DT record/NN set/VBN by/IN its/PRP$ predecessor/NN ./.
The/DT chip/NN factory/NN ,/, a/DT $/$ 20/CD billion/CD project/NN ,/, will/MD create/VB 3,000/CD jobs/NNS ,/, and/CC it/PRP is/VBZ due/JJ to/TO start/VB production/NN in/IN 2028/CD ./.
The/DT regulator/NN opened/VBD an/DT investigation/NN into/IN whether/IN the/DT search/NN giant/NN had/VBD abused/VBN its/PRP$ dominance/NN ,/, and/CC the/DT company/NN said/VBD it/PRP would/MD cooperate/VB fully/RB while/IN insisting/VBG that/IN it/PRP had/VBD done/VBN nothing/NN wrong/JJ ./.
A/DT fire/NN at/IN a/DT recycling/NN plant/NN sent/VBD black/JJ smoke/NN over/IN the/DT city/NN ,/, and/CC residents/NNS were/VBD told/VBN to/TO keep/VB their/PRP$ windows/NNS closed/VBN ./.
A/DT gas/NN explosion/NN destroyed/VBD a/DT block/NN of/IN flats/NNS in/IN the/DT early/JJ hours/NNS ,/, killing/VBG six/CD residents/NNS ,/, and/CC investigators/NNS believe/VBP the/DT blast/NN was/VBD caused/VBN by/IN a/DT leaking/VBG pipe/NN ./.
The/DT building/NN had/VBD failed/VBN a/DT safety/NN inspection/NN in/IN 2021/CD ,/, records/NNS show/VBP ,/, but/CC the/DT landlord/NN did/VBD not/RB carry/VB out/RP the/DT repairs/NNS ./.
Rescue/NN teams/NNS worked/VBD through/IN the/DT night/NN to/TO reach/VB miners/NNS trapped/VBN 400/CD metres/NNS underground/RB after/IN a/DT shaft/NN collapsed/VBD during/IN the/DT morning/NN shift/NN ./.
All/PDT the/DT miners/NNS were/VBD brought/VBN to/TO the/DT surface/NN alive/JJ after/IN spending/VBG four/CD days/NNS underground/RB ./.
The/DT zoo/NN 's/POS oldest/JJS elephant/NN ,/, who/WP arrived/VBD from/IN Sri/NNP Lanka/NNP in/IN 1975/CD ,/, died/VBD on/IN Thursday/NNP ,/, and/CC keepers/NNS said/VBD she/PRP had/VBD been/VBN a/DT favourite/NN with/IN visitors/NNS for/IN almost/RB half/PDT a/DT century/NN ./.
Tourism/NN to/TO the/DT island/NN recovered/VBD to/TO pre-pandemic/JJ levels/NNS for/IN the/DT first/JJ time/NN ,/, helped/VBN by/IN a/DT rise/NN in/IN visitors/NNS from/IN China/NNP and/CC India/NNP ./.
The/DT city/NN will/MD charge/VB visitors/NNS 5/CD euros/NNS a/DT day/NN to/TO enter/VB its/PRP$ historic/JJ centre/NN ,/, a/DT measure/NN designed/VBN to/TO reduce/VB crowding/NN in/IN the/DT summer/NN ./.
Will/MD the/DT fee/NN keep/VB the/DT crowds/NNS away/RB ,/, or/CC will/MD it/PRP simply/RB become/VB another/DT cost/NN of/IN the/DT trip/NN ?/.
Officials/NNS hope/VBP so/RB ,/, but/CC many/JJ residents/NNS doubt/VBP that/IN it/PRP will/MD make/VB much/JJ difference/NN ./.
The/DT stock/NN market/NN crash/NN of/IN October/NNP 1987/CD wiped/VBD 22.6/CD percent/NN off/IN the/DT Dow/NNP in/IN a/DT single/JJ day/NN ./.
Unemployment/NN peaked/VBD at/IN 10/CD percent/NN in/IN October/NNP 2009/CD ,/, and/CC it/PRP took/VBD nearly/RB seven/CD years/NNS to/TO return/VB to/TO its/PRP$ pre-crisis/JJ level/NN ./.
The/DT firm/NN ,/, which/WDT makes/VBZ parts/NNS for/IN wind/NN turbines/NNS ,/, said/VBD orders/NNS had/VBD dried/VBN up/RP ,/, and/CC it/PRP would/MD cut/VB about/RB 800/CD jobs/NNS at/IN its/PRP$ plants/NNS in/IN Denmark/NNP and/CC Germany/NNP ./.
Sales/NNS of/IN new/JJ cars/NNS in/IN Europe/NNP rose/VBD 1.1/CD percent/NN to/TO 10.8/CD million/CD last/JJ year/NN ,/, with/IN electric/JJ cars/NNS accounting/VBG for/IN almost/RB one/CD in/IN five/CD sales/NNS ./.
The/DT club/NN 's/POS owners/NNS ,/, a/DT U.S./NNP investment/NN group/NN ,/, said/VBD they/PRP had/VBD no/DT plans/NNS to/TO sell/VB ./.
Fans/NNS protested/VBD outside/IN the/DT stadium/NN before/IN kick-off/NN ,/, holding/VBG banners/NNS that/WDT read/VBD "/" Our/PRP$ club/NN ,/, not/RB yours/PRP "/" ./.
The/DT referee/NN showed/VBD three/CD red/JJ cards/NNS in/IN the/DT second/JJ half/NN ,/, and/CC the/DT match/NN ended/VBD with/IN both/DT teams/NNS down/RB to/TO nine/CD players/NNS ./.
Record/JJ rainfall/NN in/IN the/DT first/JJ week/NN of/IN May/NNP caused/VBD rivers/NNS to/TO overflow/VB in/IN 14/CD districts/NNS ./.
The/DT temperature/NN dropped/VBD by/IN 20/CD degrees/NNS in/IN less/JJR than/IN 24/CD hours/NNS ,/, and/CC pipes/NNS froze/VBD in/IN thousands/NNS of/IN homes/NNS ./.
A/DT team/NN of/IN researchers/NNS in/IN Japan/NNP has/VBZ developed/VBN a/DT plastic/NN that/WDT dissolves/VBZ in/IN sea/NN water/NN within/IN hours/NNS ,/, leaving/VBG behind/IN nothing/NN that/WDT could/MD harm/VB fish/NNS or/CC birds/NNS ./.
"/" We/PRP were/VBD surprised/VBN by/IN how/WRB quickly/RB it/PRP worked/VBD "/" ,/, the/DT lead/JJ author/NN said/VBD ,/, adding/VBG that/IN more/JJR work/NN was/VBD needed/VBN before/IN it/PRP could/MD be/VB used/VBN ./.
The/DT number/NN of/IN measles/NN cases/NNS in/IN Europe/NNP in/IN 2024/CD was/VBD the/DT highest/JJS since/IN 1997/CD ,/, the/DT WHO/NNP said/VBD ,/, and/CC most/JJS of/IN the/DT cases/NNS were/VBD in/IN Romania/NNP and/CC Kazakhstan/NNP ./.
The/DT exhibition/NN ,/, which/WDT runs/VBZ until/IN Jan./NNP 12/CD ,/, brings/VBZ together/RB 90/CD works/NNS from/IN 30/CD collections/NNS ./.
The/DT composer/NN ,/, who/WP wrote/VBD the/DT scores/NNS for/IN more/JJR than/IN 100/CD films/NNS ,/, died/VBD in/IN Rome/NNP on/IN Monday/NNP ./.
He/PRP won/VBD an/DT Oscar/NNP in/IN 2016/CD ,/, at/IN the/DT age/NN of/IN 87/CD for/IN the/DT score/NN of/IN a/DT western/NN directed/VBN by/IN Quentin/NNP Tarantino/NNP ./.
Two/CD men/NNS were/VBD convicted/VBN on/IN Wednesday/NNP of/IN cutting/VBG down/RP the/DT famous/JJ tree/NN at/IN Hadrian/NNP 's/POS Wall/NNP ./.
The/DT landlord/NN was/VBD ordered/VBN to/TO repay/VB 40,000/CD pounds/NNS in/IN rent/NN to/TO his/PRP$ former/JJ tenants/NNS ./.
Is/VBZ the/DT four-day/JJ week/NN here/RB to/TO stay/VB ,/, or/CC will/MD employers/NNS lose/VB interest/NN once/IN the/DT labour/NN market/NN cools/VBZ ?/.
Of/IN the/DT 61/CD companies/NNS that/WDT took/VBD part/NN in/IN the/DT trial/NN ,/, 56/CD kept/VBD the/DT shorter/JJR week/NN ./.
"/" Nobody/NN wants/VBZ to/TO go/VB back/RB "/" ,/, said/VBD the/DT owner/NN of/IN a/DT small/JJ design/NN firm/NN in/IN Bristol/NNP ./.
