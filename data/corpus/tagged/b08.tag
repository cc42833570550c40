Asian/JJ markets/NNS opened/VBD lower/RBR on/IN Monday/NNP as/IN investors/NNS braced/VBD for/IN a/DT week/NN of/IN central/JJ bank/NN decisions/NNS ./.
Japan/NNP 's/POS Nikkei/NNP share/NN average/NN fell/VBD 2.1/CD percent/NN ,/, and/CC Hong/NNP Kong/NNP 's/POS Hang/NNP Seng/NNP index/NN lost/VBD 1.5/CD percent/NN ./.
The/DT yen/NN strengthened/VBD past/IN 140/CD per/IN dollar/NN for/IN the/DT first/JJ time/NN since/IN September/NNP ./.
U.S./NNP crude/NN stocks/NNS rose/VBD by/IN 3.4/CD million/CD barrels/NNS last/JJ week/NN ,/, government/NN data/NNS showed/VBD ./.
Natural/JJ gas/NN prices/NNS in/IN Europe/NNP have/VBP fallen/VBN by/IN two-thirds/NNS from/IN their/PRP$ 2022/CD peak/NN ./.
The/DT retailer/NN ,/, which/WDT employs/VBZ about/RB 12,000/CD people/NNS ,/, filed/VBD for/IN bankruptcy/NN protection/NN on/IN Tuesday/NNP ./.
It/PRP said/VBD its/PRP$ 300/CD stores/NNS would/MD stay/VB open/JJ while/IN it/PRP looked/VBD for/IN a/DT buyer/NN ./.
The/DT company/NN 's/POS chief/JJ executive/NN ,/, who/WP has/VBZ run/VBN the/DT firm/NN since/IN 2015/CD ,/, will/MD step/VB down/RP at/IN the/DT end/NN of/IN the/DT year/NN ./.
Profits/NNS at/IN the/DT bank/NN rose/VBD 14/CD percent/NN to/TO $/$ 6.8/CD billion/CD in/IN the/DT third/JJ quarter/NN ,/, helped/VBN by/IN higher/JJR trading/NN income/NN ./.
The/DT budget/NN airline/NN ordered/VBD 150/CD new/JJ jets/NNS in/IN a/DT deal/NN worth/JJ about/RB $/$ 20/CD billion/CD at/IN list/NN prices/NNS ./.
Boeing/NNP delivered/VBD 48/CD aircraft/NN in/IN July/NNP ,/, up/RB from/IN 43/CD a/DT year/NN earlier/RBR ./.
Tesla/NNP 's/POS sales/NNS in/IN Europe/NNP fell/VBD for/IN a/DT seventh/JJ consecutive/JJ month/NN ./.
The/DT supermarket/NN chain/NN will/MD raise/VB staff/NN pay/NN to/TO 12.60/CD pounds/NNS an/DT hour/NN ./.
Why/WRB are/VBP food/NN prices/NNS still/RB rising/VBG ?/.
Economists/NNS point/VBP to/TO higher/JJR energy/NN costs/NNS ,/, poor/JJ harvests/NNS and/CC a/DT weaker/JJR currency/NN ./.
"/" The/DT worst/JJS is/VBZ behind/IN us/PRP "/" ,/, the/DT finance/NN minister/NN told/VBD parliament/NN on/IN Wednesday/NNP ./.
The/DT country/NN 's/POS trade/NN surplus/NN widened/VBD to/TO $/$ 99/CD billion/CD in/IN June/NNP as/IN exports/NNS rose/VBD 5.8/CD percent/NN ./.
Argentina/NNP 's/POS annual/JJ inflation/NN rate/NN fell/VBD below/IN 40/CD percent/NN for/IN the/DT first/JJ time/NN since/IN 2022/CD ./.
Turkey/NNP 's/POS central/JJ bank/NN unexpectedly/RB raised/VBD its/PRP$ main/JJ rate/NN to/TO 46/CD percent/NN ./.
The/DT rupee/NN hit/VBD an/DT all-time/JJ low/NN against/IN the/DT dollar/NN ./.
The/DT housing/NN market/NN has/VBZ cooled/VBN ,/, with/IN sales/NNS of/IN existing/VBG homes/NNS at/IN their/PRP$ lowest/JJS level/NN since/IN 1995/CD ./.
Mortgage/NN rates/NNS have/VBP climbed/VBN back/RB above/IN 7/CD percent/NN ./.
Wages/NNS grew/VBD faster/RBR than/IN prices/NNS for/IN the/DT ninth/JJ month/NN in/IN a/DT row/NN ./.
The/DT minimum/JJ wage/NN will/MD rise/VB by/IN 6.7/CD percent/NN in/IN April/NNP ,/, benefiting/VBG about/RB 3/CD million/CD workers/NNS ./.
Some/DT 1.3/CD million/CD people/NNS were/VBD out/IN of/IN work/NN in/IN the/DT three/CD months/NNS to/TO September/NNP ./.
The/DT government/NN sold/VBD its/PRP$ remaining/VBG stake/NN in/IN the/DT bank/NN ,/, ending/VBG 17/CD years/NNS of/IN state/NN ownership/NN ./.
The/DT wind/NN farm/NN ,/, off/IN the/DT coast/NN of/IN Norfolk/NNP ,/, will/MD power/VB about/RB 1.5/CD million/CD homes/NNS ./.
Solar/JJ power/NN overtook/VBD coal/NN as/IN a/DT source/NN of/IN electricity/NN in/IN the/DT European/NNP Union/NNP for/IN the/DT first/JJ time/NN last/JJ year/NN ./.
The/DT nuclear/JJ plant/NN ,/, closed/VBN in/IN 2019/CD ,/, will/MD be/VB restarted/VBN to/TO supply/VB power/NN to/TO data/NNS centres/NNS ./.
Petrol/NN prices/NNS fell/VBD to/TO their/PRP$ lowest/JJS level/NN in/IN three/CD years/NNS ./.
The/DT pipeline/NN will/MD carry/VB 50/CD billion/CD cubic/JJ metres/NNS of/IN gas/NN a/DT year/NN ./.
Barcelona/NNP sacked/VBD their/PRP$ coach/NN on/IN Monday/NNP ,/, a/DT day/NN after/IN a/DT 4-0/CD defeat/NN at/IN home/NN to/TO Girona/NNP ./.
The/DT Italian/JJ side/NN came/VBD from/IN two/CD goals/NNS down/RB to/TO draw/VB 2-2/CD ./.
Bayern/NNP Munich/NNP have/VBP won/VBN the/DT Bundesliga/NNP title/NN 12/CD times/NNS in/IN the/DT last/JJ 13/CD seasons/NNS ./.
The/DT goalkeeper/NN saved/VBD two/CD penalties/NNS in/IN the/DT shootout/NN ./.
The/DT midfielder/NN has/VBZ signed/VBN a/DT five-year/JJ contract/NN worth/JJ a/DT reported/VBN 300,000/CD pounds/NNS a/DT week/NN ./.
Does/VBZ the/DT club/NN have/VB the/DT money/NN to/TO compete/VB ?/.
"/" I/PRP 've/VBP never/RB felt/VBN anything/NN like/IN it/PRP "/" ,/, the/DT 19-year-old/JJ said/VBD after/IN scoring/VBG on/IN his/PRP$ debut/NN ./.
The/DT Boston/NNP Celtics/NNPS beat/VBD the/DT Dallas/NNP Mavericks/NNPS 106-88/CD to/TO win/VB their/PRP$ 18th/JJ championship/NN ./.
LeBron/NNP James/NNP became/VBD the/DT first/JJ player/NN to/TO score/VB 50,000/CD points/NNS in/IN the/DT regular/JJ season/NN and/CC playoffs/NNS combined/VBN ./.
The/DT Yankees/NNPS have/VBP not/RB won/VBN the/DT World/NNP Series/NNP since/IN 2009/CD ./.
Novak/NNP Djokovic/NNP won/VBD his/PRP$ 100th/JJ title/NN at/IN the/DT Geneva/NNP Open/NNP ./.
Coco/NNP Gauff/NNP came/VBD back/RB from/IN a/DT set/NN down/RB to/TO win/VB the/DT final/NN ./.
Rory/NNP McIlroy/NNP won/VBD the/DT Masters/NNPS to/TO complete/VB a/DT career/NN grand/JJ slam/NN ./.
Scottie/NNP Scheffler/NNP shot/VBD a/DT final-round/JJ 66/CD to/TO win/VB by/IN four/CD strokes/NNS ./.
Lewis/NNP Hamilton/NNP joined/VBD Ferrari/NNP after/IN 12/CD seasons/NNS with/IN Mercedes/NNP ./.
The/DT marathon/NN was/VBD won/VBN in/IN two/CD hours/NNS ,/, two/CD minutes/NNS and/CC 44/CD seconds/NNS ./.
The/DT Ethiopian/JJ runner/NN ,/, who/WP is/VBZ only/RB 20/CD ,/, set/VBD a/DT course/NN record/NN ./.
England/NNP were/VBD bowled/VBN out/RP for/IN 172/CD on/IN the/DT first/JJ day/NN of/IN the/DT Ashes/NNPS series/NN in/IN Perth/NNP ./.
India/NNP won/VBD the/DT Champions/NNPS Trophy/NNP ,/, beating/VBG New/NNP Zealand/NNP by/IN four/CD wickets/NNS in/IN Dubai/NNP ./.
The/DT swimmer/NN won/VBD four/CD gold/NN medals/NNS in/IN Paris/NNP and/CC broke/VBD two/CD world/NN records/NNS ./.
The/DT 2030/CD World/NNP Cup/NNP will/MD be/VB shared/VBN by/IN Spain/NNP ,/, Portugal/NNP and/CC Morocco/NNP ,/, with/IN three/CD opening/NN games/NNS in/IN South/NNP America/NNP ./.
The/DT federation/NN banned/VBD the/DT cyclist/NN for/IN four/CD years/NNS after/IN he/PRP tested/VBD positive/JJ for/IN a/DT banned/VBN substance/NN ./.
Storm/NNP Eowyn/NNP brought/VBD winds/NNS of/IN up/IN to/TO 183/CD kilometres/NNS per/IN hour/NN to/TO Ireland/NNP ,/, cutting/VBG power/NN to/TO a/DT million/CD homes/NNS ./.
The/DT river/NN burst/VBD its/PRP$ banks/NNS overnight/RB ,/, and/CC residents/NNS were/VBD evacuated/VBN by/IN boat/NN ./.
Flood/NN defences/NNS built/VBN after/IN the/DT 2007/CD floods/NNS held/VBD ,/, the/DT Environment/NNP Agency/NNP said/VBD ./.
Is/VBZ climate/NN change/NN making/VBG storms/NNS like/IN this/DT more/RBR common/JJ ?/.
Scientists/NNS say/VBP warmer/JJR seas/NNS give/VBP hurricanes/NNS more/JJR energy/NN and/CC make/VBP rapid/JJ intensification/NN more/RBR likely/JJ ./.
Drought/NN has/VBZ left/VBN the/DT Panama/NNP Canal/NNP short/JJ of/IN water/NN ,/, forcing/VBG authorities/NNS to/TO limit/VB the/DT number/NN of/IN ships/NNS passing/VBG through/IN ./.
The/DT lake/NN ,/, once/RB the/DT fourth-largest/JJ in/IN the/DT world/NN ,/, has/VBZ shrunk/VBN to/TO a/DT tenth/NN of/IN its/PRP$ former/JJ size/NN ./.
Air/NN pollution/NN in/IN New/NNP Delhi/NNP reached/VBD "/" severe/JJ "/" levels/NNS for/IN the/DT third/JJ day/NN ,/, and/CC schools/NNS were/VBD ordered/VBN to/TO close/VB ./.
Global/JJ carbon/NN emissions/NNS hit/VBD a/DT record/JJ 37.4/CD billion/CD tonnes/NNS in/IN 2024/CD ./.
Nearly/RB 200/CD countries/NNS agreed/VBD at/IN the/DT COP29/NNP summit/NN in/IN Baku/NNP to/TO triple/VB climate/NN finance/NN to/TO $/$ 300/CD billion/CD a/DT year/NN ./.
Delegates/NNS from/IN poorer/JJR nations/NNS said/VBD the/DT deal/NN was/VBD far/RB too/RB small/JJ ./.
The/DT probe/NN ,/, launched/VBN in/IN 2018/CD ,/, flew/VBD within/IN 6.1/CD million/CD kilometres/NNS of/IN the/DT sun/NN 's/POS surface/NN ./.
Astronomers/NNS have/VBP identified/VBN the/DT most/RBS distant/JJ galaxy/NN ever/RB observed/VBN ./.
The/DT two/CD astronauts/NNS ,/, who/WP had/VBD expected/VBN to/TO spend/VB eight/CD days/NNS in/IN orbit/NN ,/, returned/VBD to/TO Earth/NNP after/IN nine/CD months/NNS ./.
India/NNP became/VBD the/DT first/JJ country/NN to/TO land/VB a/DT spacecraft/NN near/IN the/DT moon/NN 's/POS south/JJ pole/NN ./.
Researchers/NNS at/IN the/DT university/NN have/VBP grown/VBN human/JJ teeth/NNS in/IN a/DT laboratory/NN ./.
The/DT gene/NN therapy/NN ,/, which/WDT costs/VBZ more/JJR than/IN $/$ 3/CD million/CD per/IN patient/NN ,/, was/VBD approved/VBN in/IN Britain/NNP ./.
Experts/NNS warned/VBD that/IN the/DT findings/NNS ,/, based/VBN on/IN a/DT small/JJ sample/NN ,/, should/MD be/VB treated/VBN with/IN caution/NN ./.
How/WRB did/VBD the/DT virus/NN jump/VB from/IN birds/NNS to/TO cows/NNS ?/.
Health/NN officials/NNS confirmed/VBD the/DT first/JJ human/JJ case/NN of/IN H5N1/NNP bird/NN flu/NN in/IN the/DT state/NN ./.
Smoking/NN rates/NNS among/IN adults/NNS have/VBP fallen/VBN to/TO 11/CD percent/NN ,/, the/DT lowest/JJS since/IN records/NNS began/VBD ./.
The/DT law/NN will/MD ban/VB the/DT sale/NN of/IN tobacco/NN to/TO anyone/NN born/VBN after/IN January/NNP 1/CD ,/, 2009/CD ./.
More/JJR than/IN 7/CD million/CD people/NNS are/VBP waiting/VBG for/IN hospital/NN treatment/NN in/IN England/NNP ./.
The/DT hospital/NN apologised/VBD to/TO the/DT family/NN and/CC said/VBD it/PRP had/VBD changed/VBN its/PRP$ procedures/NNS ./.
Polio/NN was/VBD detected/VBN in/IN sewage/NN samples/NNS in/IN three/CD German/JJ cities/NNS ./.
Malaria/NN deaths/NNS fell/VBD by/IN a/DT quarter/NN after/IN the/DT vaccine/NN was/VBD introduced/VBN ,/, a/DT study/NN found/VBD ./.
The/DT musical/NN ,/, which/WDT opened/VBD on/IN Broadway/NNP in/IN 2015/CD ,/, will/MD close/VB in/IN January/NNP after/IN more/JJR than/IN 3,000/CD performances/NNS ./.
The/DT singer/NN 's/POS new/JJ album/NN went/VBD straight/RB to/TO No./NN 1/CD in/IN 14/CD countries/NNS ./.
The/DT Nobel/NNP Prize/NNP in/IN Literature/NNP was/VBD awarded/VBN to/TO the/DT South/NNP Korean/JJ writer/NN Han/NNP Kang/NNP ./.
The/DT poet/NN read/VBD from/IN her/PRP$ new/JJ collection/NN at/IN the/DT opening/NN of/IN the/DT festival/NN ./.
The/DT statue/NN ,/, which/WDT had/VBD stood/VBN in/IN the/DT square/NN since/IN 1895/CD ,/, was/VBD removed/VBN overnight/RB ./.
Who/WP owns/VBZ the/DT painting/NN ?/.
The/DT court/NN will/MD decide/VB whether/IN the/DT work/NN ,/, seized/VBN by/IN the/DT Nazis/NNPS in/IN 1938/CD ,/, must/MD be/VB returned/VBN to/TO the/DT family/NN ./.
Notre-Dame/NNP cathedral/NN reopened/VBD five/CD years/NNS after/IN a/DT fire/NN destroyed/VBD its/PRP$ roof/NN and/CC spire/NN ./.
Some/DT 9/CD million/CD people/NNS visited/VBD the/DT cathedral/NN in/IN the/DT first/JJ year/NN after/IN it/PRP reopened/VBD ./.
The/DT broadcaster/NN apologised/VBD for/IN airing/VBG the/DT documentary/NN ./.
The/DT newspaper/NN ,/, founded/VBN in/IN 1821/CD ,/, will/MD stop/VB printing/VBG on/IN weekdays/NNS ./.
The/DT accused/NN ,/, a/DT 29-year-old/JJ delivery/NN driver/NN ,/, denies/VBZ all/DT the/DT charges/NNS ./.
The/DT jury/NN took/VBD less/JJR than/IN three/CD hours/NNS to/TO reach/VB its/PRP$ verdict/NN ./.
The/DT judge/NN told/VBD the/DT court/NN that/IN the/DT defendant/NN had/VBD shown/VBN no/DT remorse/NN ./.
The/DT former/JJ minister/NN was/VBD acquitted/VBN of/IN corruption/NN but/CC convicted/VBN of/IN abuse/NN of/IN office/NN ./.
An/DT appeals/NNS court/NN upheld/VBD the/DT $/$ 83/CD million/CD verdict/NN against/IN the/DT former/JJ president/NN ./.
The/DT case/NN was/VBD dismissed/VBN after/IN a/DT key/JJ witness/NN withdrew/VBD her/PRP$ statement/NN ./.
The/DT inquest/NN heard/VBD that/IN the/DT boy/NN had/VBD died/VBN of/IN a/DT rare/JJ allergic/JJ reaction/NN ./.
He/PRP was/VBD ordered/VBN to/TO do/VB 200/CD hours/NNS of/IN community/NN service/NN and/CC pay/VB 1,500/CD pounds/NNS in/IN compensation/NN ./.
The/DT Supreme/NNP Court/NNP will/MD hear/VB arguments/NNS in/IN November/NNP on/IN whether/IN the/DT tariffs/NNS are/VBP legal/JJ ./.
"/" No/DT one/NN is/VBZ above/IN the/DT law/NN "/" ,/, the/DT prosecutor/NN told/VBD reporters/NNS outside/IN the/DT courthouse/NN ./.
Police/NNS arrested/VBD 14/CD people/NNS after/IN fights/NNS broke/VBD out/RP between/IN rival/JJ fans/NNS ./.
A/DT 17-year-old/JJ boy/NN has/VBZ been/VBN charged/VBN with/IN attempted/VBN murder/NN ./.
The/DT body/NN of/IN a/DT man/NN was/VBD found/VBN in/IN a/DT canal/NN on/IN Sunday/NNP morning/NN ./.
Police/NNS do/VBP not/RB believe/VB the/DT death/NN is/VBZ suspicious/JJ ./.
Burglaries/NNS in/IN the/DT area/NN have/VBP doubled/VBN in/IN the/DT past/JJ year/NN ,/, according/VBG to/TO police/NN figures/NNS ./.
Fraudsters/NNS posing/VBG as/IN bank/NN staff/NN stole/VBD more/JJR than/IN $/$ 2/CD million/CD from/IN elderly/JJ customers/NNS ./.
The/DT gang/NN 's/POS leader/NN was/VBD extradited/VBN from/IN Spain/NNP in/IN 2023/CD ./.
Officers/NNS found/VBD 80/CD kilograms/NNS of/IN heroin/NN hidden/VBN in/IN the/DT lorry/NN 's/POS fuel/NN tank/NN ./.
A/DT prison/NN officer/NN was/VBD attacked/VBN by/IN an/DT inmate/NN and/CC taken/VBN to/TO hospital/NN with/IN serious/JJ injuries/NNS ./.
Have/VBP you/PRP seen/VBN this/DT man/NN ?/.
Anyone/NN with/IN information/NN is/VBZ asked/VBN to/TO call/VB police/NNS ./.
The/DT town/NN council/NN has/VBZ approved/VBN plans/NNS for/IN a/DT new/JJ leisure/NN centre/NN ./.
Councillors/NNS voted/VBD 24/CD to/TO 19/CD against/IN closing/VBG the/DT library/NN ./.
The/DT mayor/NN said/VBD the/DT city/NN could/MD not/RB afford/VB to/TO keep/VB all/DT its/PRP$ swimming/NN pools/NNS open/JJ ./.
Residents/NNS have/VBP complained/VBN for/IN years/NNS about/IN potholes/NNS on/IN the/DT main/JJ road/NN ./.
The/DT by-election/NN was/VBD called/VBN after/IN the/DT sitting/VBG member/NN died/VBD in/IN March/NNP ./.
Turnout/NN was/VBD 38/CD percent/NN ,/, down/RB from/IN 61/CD percent/NN at/IN the/DT general/JJ election/NN ./.
The/DT Green/NNP candidate/NN won/VBD by/IN 312/CD votes/NNS after/IN two/CD recounts/NNS ./.
The/DT state/NN 's/POS new/JJ congressional/JJ map/NN could/MD give/VB Republicans/NNPS up/IN to/TO five/CD more/JJR seats/NNS ./.
Democrats/NNPS walked/VBD out/IN of/IN the/DT chamber/NN in/IN protest/NN ./.
The/DT governor/NN vetoed/VBD the/DT bill/NN ,/, saying/VBG it/PRP would/MD cost/VB too/RB much/JJ ./.
Lawmakers/NNS overrode/VBD the/DT veto/NN two/CD weeks/NNS later/RB ./.
A/DT poll/NN published/VBN on/IN Sunday/NNP put/VBD the/DT opposition/NN ten/CD points/NNS ahead/RB ./.
The/DT party/NN has/VBZ lost/VBN more/JJR than/IN 100,000/CD members/NNS since/IN 2019/CD ./.
Who/WP will/MD lead/VB the/DT party/NN into/IN the/DT next/JJ election/NN ?/.
Robert/NNP Redford/NNP ,/, the/DT actor/NN and/CC director/NN who/WP founded/VBD the/DT Sundance/NNP film/NN festival/NN ,/, has/VBZ died/VBN at/IN 89/CD ./.
The/DT physicist/NN ,/, whose/WP$ work/NN on/IN black/JJ holes/NNS won/VBD him/PRP a/DT Nobel/NNP Prize/NNP ,/, died/VBD peacefully/RB at/IN home/NN ./.
She/PRP was/VBD the/DT first/JJ woman/NN to/TO lead/VB the/DT central/JJ bank/NN and/CC served/VBD two/CD terms/NNS ./.
Her/PRP$ husband/NN died/VBD in/IN 2011/CD ./.
He/PRP is/VBZ survived/VBN by/IN his/PRP$ wife/NN of/IN 58/CD years/NNS ,/, three/CD daughters/NNS and/CC a/DT brother/NN ./.
A/DT memorial/NN service/NN will/MD be/VB held/VBN next/JJ month/NN ./.
Tributes/NNS poured/VBD in/RP from/IN politicians/NNS ,/, musicians/NNS and/CC fans/NNS ./.
"/" She/PRP changed/VBD the/DT way/NN we/PRP think/VBP about/IN food/NN "/" ,/, one/CD chef/NN wrote/VBD ./.
The/DT former/JJ heavyweight/NN champion/NN ,/, who/WP fought/VBD in/IN the/DT 1970s/CD and/CC 1980s/CD ,/, died/VBD of/IN cancer/NN at/IN 76/CD ./.
Schools/NNS will/MD ban/VB mobile/JJ phones/NNS in/IN classrooms/NNS from/IN September/NNP ./.
About/RB 1.6/CD million/CD children/NNS in/IN England/NNP now/RB receive/VBP free/JJ school/NN meals/NNS ./.
The/DT university/NN dropped/VBD out/IN of/IN the/DT top/JJ 100/CD in/IN the/DT global/JJ rankings/NNS ./.
Applications/NNS from/IN foreign/JJ students/NNS fell/VBD by/IN 14/CD percent/NN ./.
Teachers/NNS say/VBP class/NN sizes/NNS are/VBP too/RB big/JJ ./.
The/DT railway/NN company/NN cancelled/VBD 1,200/CD trains/NNS because/IN of/IN a/DT shortage/NN of/IN drivers/NNS ./.
The/DT new/JJ metro/NN line/NN will/MD cut/VB journey/NN times/NNS across/IN the/DT city/NN by/IN up/IN to/TO 30/CD minutes/NNS ./.
Heathrow/NNP airport/NN closed/VBD for/IN a/DT day/NN after/IN a/DT fire/NN at/IN a/DT nearby/JJ electricity/NN substation/NN ./.
More/JJR than/IN 1,300/CD flights/NNS were/VBD cancelled/VBN ,/, affecting/VBG about/RB 200,000/CD passengers/NNS ./.
The/DT carrier/NN will/MD resume/VB flights/NNS to/TO Beirut/NNP on/IN May/NNP 1/CD ./.
Drivers/NNS caught/VBN using/VBG a/DT phone/NN face/VBP a/DT fine/NN of/IN 200/CD pounds/NNS and/CC six/CD penalty/NN points/NNS ./.
Road/NN deaths/NNS rose/VBD to/TO 1,695/CD last/JJ year/NN ./.
The/DT cruise/NN ship/NN ,/, carrying/VBG 2,800/CD passengers/NNS ,/, was/VBD stuck/VBN in/IN port/NN for/IN three/CD days/NNS ./.
The/DT archbishop/NN resigned/VBD after/IN a/DT report/NN found/VBD he/PRP had/VBD failed/VBN to/TO act/VB on/IN abuse/NN claims/NNS ./.
Pilgrims/NNS from/IN more/JJR than/IN 100/CD countries/NNS gathered/VBD in/IN Mecca/NNP for/IN the/DT haj/NN ./.
More/JJR than/IN 1,300/CD pilgrims/NNS died/VBD in/IN the/DT heat/NN ,/, Saudi/JJ officials/NNS said/VBD ./.
Millions/NNS of/IN Hindus/NNPS bathed/VBD in/IN the/DT Ganges/NNP during/IN the/DT festival/NN ./.
The/DT Church/NNP of/IN England/NNP will/MD allow/VB blessings/NNS for/IN same-sex/JJ couples/NNS ./.
The/DT 100-year-old/JJ woman/NN said/VBD the/DT secret/NN to/TO a/DT long/JJ life/NN was/VBD "/" hard/JJ work/NN and/CC no/DT regrets/NNS "/" ./.
A/DT dog/NN that/WDT went/VBD missing/JJ during/IN a/DT camping/NN trip/NN was/VBD found/VBN alive/JJ three/CD weeks/NNS later/RB ./.
The/DT village/NN has/VBZ only/RB 37/CD residents/NNS ,/, and/CC its/PRP$ last/JJ shop/NN closed/VBD in/IN the/DT 1980s/CD ./.
A/DT lottery/NN ticket/NN sold/VBN in/IN a/DT petrol/NN station/NN won/VBD the/DT $/$ 1.8/CD billion/CD jackpot/NN ./.
The/DT winner/NN has/VBZ not/RB come/VBN forward/RB ./.
The/DT farmers/NNS '/POS union/NN said/VBD the/DT deal/NN would/MD let/VB cheap/JJ beef/NN flood/VB the/DT market/NN ./.
Wheat/NN exports/NNS from/IN Ukraine/NNP rose/VBD 20/CD percent/NN in/IN the/DT season/NN ,/, despite/IN attacks/NNS on/IN its/PRP$ ports/NNS ./.
The/DT harvest/NN ,/, delayed/VBN by/IN rain/NN ,/, is/VBZ expected/VBN to/TO be/VB the/DT smallest/JJS in/IN a/DT decade/NN ./.
Fishermen/NNS say/VBP catches/NNS have/VBP fallen/VBN sharply/RB since/IN the/DT 1990s/CD ./.
The/DT company/NN recalled/VBD 1.2/CD million/CD cars/NNS because/IN of/IN a/DT fault/NN in/IN the/DT braking/NN system/NN ./.
The/DT toy/NN was/VBD withdrawn/VBN from/IN sale/NN after/IN two/CD children/NNS swallowed/VBD magnets/NNS ./.
Prices/NNS at/IN the/DT pump/NN typically/RB lag/VBP changes/NNS in/IN crude/NN prices/NNS by/IN several/JJ weeks/NNS ./.
What/WP does/VBZ the/DT rate/NN cut/NN mean/VB for/IN savers/NNS ?/.
Banks/NNS are/VBP likely/JJ to/TO lower/VB the/DT interest/NN they/PRP pay/VBP on/IN deposits/NNS within/IN weeks/NNS ./.
The/DT streaming/NN service/NN lost/VBD 1/CD million/CD subscribers/NNS after/IN it/PRP raised/VBD prices/NNS ./.
The/DT video/NN game/NN sold/VBD 5/CD million/CD copies/NNS in/IN its/PRP$ first/JJ week/NN ./.
The/DT chip/NN factory/NN ,/, a/DT $/$ 20/CD billion/CD project/NN ,/, will/MD create/VB 3,000/CD jobs/NNS ./.
The/DT regulator/NN opened/VBD an/DT investigation/NN into/IN whether/IN the/DT search/NN giant/NN had/VBD abused/VBN its/PRP$ dominance/NN ./.
A/DT fire/NN at/IN a/DT recycling/NN plant/NN sent/VBD black/JJ smoke/NN over/IN the/DT city/NN ,/, and/CC residents/NNS were/VBD told/VBN to/TO keep/VB their/PRP$ windows/NNS closed/VBN ./.
A/DT gas/NN explosion/NN destroyed/VBD a/DT block/NN of/IN flats/NNS in/IN the/DT early/JJ hours/NNS ,/, killing/VBG six/CD residents/NNS ./.
The/DT building/NN had/VBD failed/VBN a/DT safety/NN inspection/NN in/IN 2021/CD ,/, records/NNS show/VBP ./.
Rescue/NN teams/NNS worked/VBD through/IN the/DT night/NN to/TO reach/VB miners/NNS trapped/VBN 400/CD metres/NNS underground/RB ./.
All/PDT the/DT miners/NNS were/VBD brought/VBN to/TO the/DT surface/NN alive/JJ ./.
The/DT zoo/NN 's/POS oldest/JJS elephant/NN ,/, who/WP arrived/VBD from/IN Sri/NNP Lanka/NNP in/IN 1975/CD ,/, died/VBD on/IN Thursday/NNP ./.
Tourism/NN to/TO the/DT island/NN recovered/VBD to/TO pre-pandemic/JJ levels/NNS for/IN the/DT first/JJ time/NN ./.
The/DT city/NN will/MD charge/VB visitors/NNS 5/CD euros/NNS a/DT day/NN to/TO enter/VB its/PRP$ historic/JJ centre/NN ./.
Will/MD the/DT fee/NN keep/VB the/DT crowds/NNS away/RB ?/.
Officials/NNS hope/VBP so/RB ,/, but/CC many/JJ residents/NNS doubt/VBP it/PRP ./.
The/DT stock/NN market/NN crash/NN of/IN October/NNP 1987/CD wiped/VBD 22.6/CD percent/NN off/IN the/DT Dow/NNP in/IN a/DT single/JJ day/NN ./.
Unemployment/NN peaked/VBD at/IN 10/CD percent/NN in/IN October/NNP 2009/CD ,/, and/CC it/PRP took/VBD nearly/RB seven/CD years/NNS to/TO return/VB to/TO its/PRP$ pre-crisis/JJ level/NN ./.
The/DT firm/NN ,/, which/WDT makes/VBZ parts/NNS for/IN wind/NN turbines/NNS ,/, said/VBD orders/NNS had/VBD dried/VBN up/RP ./.
Sales/NNS of/IN new/JJ cars/NNS in/IN Europe/NNP rose/VBD 1.1/CD percent/NN to/TO 10.8/CD million/CD last/JJ year/NN ./.
The/DT club/NN 's/POS owners/NNS ,/, a/DT U.S./NNP investment/NN group/NN ,/, said/VBD they/PRP had/VBD no/DT plans/NNS to/TO sell/VB ./.
Fans/NNS protested/VBD outside/IN the/DT stadium/NN before/IN kick-off/NN ,/, holding/VBG banners/NNS that/WDT read/VBD "/" Our/PRP$ club/NN ,/, not/RB yours/PRP "/" ./.
The/DT referee/NN showed/VBD three/CD red/JJ cards/NNS in/IN the/DT second/JJ half/NN ./.
Record/JJ rainfall/NN in/IN the/DT first/JJ week/NN of/IN May/NNP caused/VBD rivers/NNS to/TO overflow/VB in/IN 14/CD districts/NNS ./.
The/DT temperature/NN dropped/VBD by/IN 20/CD degrees/NNS in/IN less/JJR than/IN 24/CD hours/NNS ./.
A/DT team/NN of/IN researchers/NNS in/IN Japan/NNP has/VBZ developed/VBN a/DT plastic/NN that/WDT dissolves/VBZ in/IN sea/NN water/NN within/IN hours/NNS ./.
"/" We/PRP were/VBD surprised/VBN by/IN how/WRB quickly/RB it/PRP worked/VBD "/" ,/, the/DT lead/JJ author/NN said/VBD ./.
The/DT number/NN of/IN measles/NN cases/NNS in/IN Europe/NNP in/IN 2024/CD was/VBD the/DT highest/JJS since/IN 1997/CD ,/, the/DT WHO/NNP said/VBD ./.
The/DT exhibition/NN ,/, which/WDT runs/VBZ until/IN Jan./NNP 12/CD ,/, brings/VBZ together/RB 90/CD works/NNS from/IN 30/CD collections/NNS ./.
The/DT composer/NN ,/, who/WP wrote/VBD the/DT scores/NNS for/IN more/JJR than/IN 100/CD films/NNS ,/, died/VBD in/IN Rome/NNP on/IN Monday/NNP ./.
He/PRP won/VBD an/DT Oscar/NNP in/IN 2016/CD ,/, at/IN the/DT age/NN of/IN 87/CD ./.
Two/CD men/NNS were/VBD convicted/VBN on/IN Wednesday/NNP of/IN cutting/VBG down/RP the/DT famous/JJ tree/NN at/IN Hadrian/NNP 's/POS Wall/NNP ./.
The/DT landlord/NN was/VBD ordered/VBN to/TO repay/VB 40,000/CD pounds/NNS in/IN rent/NN to/TO his/PRP$ former/JJ tenants/NNS ./.
Is/VBZ the/DT four-day/JJ week/NN here/RB to/TO stay/VB ?/.
Of/IN the/DT 61/CD companies/NNS that/WDT took/VBD part/NN in/IN the/DT trial/NN ,/, 56/CD kept/VBD the/DT shorter/JJR week/NN ./.
"/" Nobody/NN wants/VBZ to/TO go/VB back/RB "/" ,/, said/VBD the/DT owner/NN of/IN a/DT small/JJ design/NN firm/NN in/IN Bristol/NNP ./.
